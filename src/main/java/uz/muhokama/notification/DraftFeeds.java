package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import uz.muhokama.draft.DraftListings;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.draft.ListedDraft;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * The public Atom feeds of drafts: a sector's, an agency's, a region's and a saved search's newest
 * published drafts ({@link #SIZE}), read through the drafts search ({@link DraftListings}: the same
 * checks, filters and indexed paths) and said in the reader's language.
 */
@ApplicationScoped
class DraftFeeds {

    /** How many drafts a feed lists: a reader polling every hour misses none unless 50 are published in it. */
    static final int SIZE = 50;

    /** The authority and year of every feed's and entry's {@code tag:} id (RFC 4151): never to change. */
    static final String TAG = "tag:muhokama.uz,2026:";

    @Inject
    DraftListings listings;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    /**
     * Where the feed is read: the portal's absolute base ({@code https://…/}), the address read (the self
     * link), the language, and whether {@code ?lang=} chose it (then the links to pages carry it too).
     */
    record Reader(String base, String self, Language language, boolean languageInAddress) {}

    byte[] sector(String code, Reader reader) {
        ReferenceItem sector = known(ReferenceList.SECTORS, code, reader);
        return write(
                "feeds/sectors/" + sector.code(),
                messages.get(reader.language(), "feed.title.sector", sector.name()),
                "sectors/" + encode(sector.code()),
                new DraftSearch(null, sector.code(), null, null, null, null, null, null, 1, SIZE),
                reader);
    }

    byte[] agency(String code, Reader reader) {
        ReferenceItem agency = known(ReferenceList.AGENCIES, code, reader);
        return write(
                "feeds/agencies/" + agency.code(),
                messages.get(reader.language(), "feed.title.agency", agency.name()),
                "drafts?agency=" + encode(agency.code()),
                new DraftSearch(null, null, null, agency.code(), null, null, null, null, 1, SIZE),
                reader);
    }

    byte[] region(String code, Reader reader) {
        ReferenceItem region = known(ReferenceList.REGIONS, code, reader);
        return write(
                "feeds/regions/" + region.code(),
                messages.get(reader.language(), "feed.title.region", region.name()),
                "drafts?region=" + encode(region.code()),
                new DraftSearch(null, null, null, null, region.code(), null, null, null, null, 1, SIZE, null),
                reader);
    }

    /** A saved search's feed: its words and filters; the search page with them is its HTML alternate. */
    byte[] search(DraftSearch search, Reader reader) {
        String query = canonicalQuery(search);
        return write(
                "feeds/drafts" + (query.isEmpty() ? "" : "?" + query),
                messages.get(reader.language(), "feed.title.search"),
                "drafts" + (query.isEmpty() ? "" : "?" + query),
                search,
                reader);
    }

    private byte[] write(String feedKey, String title, String page, DraftSearch search, Reader reader) {
        Language language = reader.language();
        List<ListedDraft> drafts = listings.newest(search, SIZE, language);
        List<AtomFeed.Entry> entries = new ArrayList<>(drafts.size());
        Instant updated = null;
        for (ListedDraft draft : drafts) {
            AtomFeed.Entry entry = entry(draft, reader);
            entries.add(entry);
            updated = updated == null || entry.updated().isAfter(updated) ? entry.updated() : updated;
        }
        return AtomWriter.write(new AtomFeed(
                TAG + feedKey,
                language.tag(),
                title,
                messages.get(language, "feed.subtitle"),
                updated == null ? AtomFeed.EMPTY_UPDATED : updated,
                reader.self(),
                page(reader, page),
                messages.get(language, "feed.author"),
                reader.base(),
                entries));
    }

    private AtomFeed.Entry entry(ListedDraft draft, Reader reader) {
        Language language = reader.language();
        StringJoiner summary = new StringJoiner("\n\n");
        if (draft.summary() != null && !draft.summary().isBlank()) {
            // A feed reader shows no page's marks: a transliteration says so in words.
            summary.add(draft.summaryPlain(messages, language));
        }
        if (draft.opensAt() != null && draft.closesAt() != null) {
            summary.add(messages.get(
                    language,
                    "feed.entry.discussion",
                    timeZone.format(draft.opensAt()),
                    timeZone.format(draft.closesAt())));
        }
        if (draft.withdrawnAt() != null) {
            summary.add(messages.get(language, "feed.entry.withdrawn", timeZone.format(draft.withdrawnAt())));
        }
        Instant changed = draft.changedAt() == null || draft.changedAt().isBefore(draft.publishedAt())
                ? draft.publishedAt()
                : draft.changedAt();
        ReferenceItem sector = draft.sector();
        return new AtomFeed.Entry(
                TAG + "draft/" + draft.number(),
                draft.titlePlain(messages, language),
                page(reader, "drafts/" + draft.number()),
                draft.publishedAt(),
                changed,
                summary.toString(),
                draft.agency() == null
                        ? messages.get(language, "feed.author")
                        : draft.agency().name(),
                sector == null ? null : sector.code(),
                sector == null ? null : sector.name(),
                sector == null ? null : reader.base() + "sectors/");
    }

    /** The search's words and filters as a query in a fixed order, blank ones left out: the feed's identity. */
    static String canonicalQuery(DraftSearch search) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", search.q());
        values.put("sector", search.sector());
        values.put("actType", search.actType());
        values.put("agency", search.agency());
        values.put("region", search.region());
        values.put("from", date(search.from()));
        values.put("to", date(search.to()));
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + encode(value.strip()));
            }
        });
        return query.toString();
    }

    private ReferenceItem known(ReferenceList list, String code, Reader reader) {
        return reference.find(list, code, reader.language()).orElseThrow(ResourceNotFound::new);
    }

    /** An absolute address of a page, in the feed's language when the feed's address chose it. */
    private static String page(Reader reader, String path) {
        if (!reader.languageInAddress()) {
            return reader.base() + path;
        }
        return reader.base() + path + (path.contains("?") ? "&" : "?") + "lang="
                + reader.language().tag();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
