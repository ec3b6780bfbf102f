package uz.muhokama.notification;

import java.time.Instant;
import java.util.List;

/**
 * What one Atom feed says (RFC 4287), already in its reader's language: written by {@link AtomWriter}.
 * Texts are plain text (the writer escapes them), addresses absolute, ids stable {@code tag:} URIs.
 *
 * @param updated the newest entry's change, or {@link #EMPTY_UPDATED} for a feed without entries
 */
record AtomFeed(
        String id,
        String language,
        String title,
        String subtitle,
        Instant updated,
        String selfHref,
        String alternateHref,
        String authorName,
        String portalHref,
        List<Entry> entries) {

    /**
     * The {@code updated} of a feed without entries: a fixed instant (the portal's first year), so that the
     * empty document is the same bytes at every read and keeps its entity tag.
     */
    static final Instant EMPTY_UPDATED = Instant.parse("2026-01-01T00:00:00Z");

    /** One draft: {@code categoryScheme} names the list the term (a sector code) is from. */
    record Entry(
            String id,
            String title,
            String href,
            Instant published,
            Instant updated,
            String summary,
            String authorName,
            String categoryTerm,
            String categoryLabel,
            String categoryScheme) {}
}
