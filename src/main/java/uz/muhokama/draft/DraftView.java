package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.reference.ReferenceItem;

/**
 * A whole draft as its page and {@code GET /api/v1/drafts/{number}} show it, at one version. {@code title}
 * and {@code summary} are in the reader's language; {@code titleLanguage} says which language (and script)
 * that text is in and {@code titleGenerated} whether it is the portal's transliteration of an Uzbek text the
 * agency gave in the other script only (not the official text). {@code titles} and {@code summaries} hold the
 * official texts as written, by language tag.
 */
@JsonbPropertyOrder({
    "number",
    "title",
    "summary",
    "titleLanguage",
    "titleGenerated",
    "summaryLanguage",
    "summaryGenerated",
    "status",
    "titles",
    "summaries",
    "sector",
    "actType",
    "agency",
    "needsRia",
    "version",
    "versions",
    "clauses",
    "attachments",
    "discussion",
    "publishedAt",
    "withdrawnAt",
    "withdrawalReason"
})
public record DraftView(
        String number,
        String title,
        String summary,

        @Schema(description = "The language tag of title: uz, uz-Cyrl, ru or en")
        String titleLanguage,

        @Schema(
                description =
                        "The portal's transliteration of an Uzbek text the agency gave in the other script only: not the official text")
        boolean titleGenerated,

        @Schema(description = "The language tag of summary: uz, uz-Cyrl, ru or en")
        String summaryLanguage,

        @Schema(
                description =
                        "The portal's transliteration of an Uzbek text the agency gave in the other script only: not the official text")
        boolean summaryGenerated,

        DraftStatus status,
        Map<String, String> titles,
        Map<String, String> summaries,
        ReferenceItem sector,
        ReferenceItem actType,
        ReferenceItem agency,
        boolean needsRia,
        int version,
        List<VersionInfo> versions,
        List<ClauseView> clauses,
        List<AttachmentView> attachments,
        DiscussionView discussion,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawalReason) {

    /** Whether the page shows the draft's current version (participation belongs to that one only). */
    public boolean showsCurrentVersion() {
        return version == versions.size();
    }

    /**
     * The draft as later features see it, when this view shows the current version of a published or
     * withdrawn draft: lets the page's sections work from what the page already read.
     */
    public Optional<PublicDraft> currentPublicDraft() {
        if (publishedAt == null || !showsCurrentVersion()) {
            return Optional.empty();
        }
        return DraftNumber.idFrom(number)
                .map(id -> new PublicDraft(
                        id,
                        number,
                        title,
                        titleGenerated,
                        agency == null ? null : agency.code(),
                        withdrawnAt != null,
                        version,
                        clauses));
    }

    /** The next moment this view stops being right by itself: its discussion opening or closing (null: none). */
    public Instant changesAt() {
        if (discussion == null || withdrawnAt != null) {
            return null;
        }
        return switch (discussion.status()) {
            case SCHEDULED -> discussion.opensAt();
            case OPEN -> discussion.closesAt();
            case CLOSED -> null;
        };
    }

    /** Whether any clause's heading or text is, for a reader of {@code language}, the portal's transliteration. */
    public boolean clausesGenerated(Language language) {
        return clauses.stream()
                .anyMatch(c -> c.shownText(language).generated()
                        || c.shownHeading(language).generated());
    }

    /** Whether anything the page shows a reader of {@code language} is the portal's transliteration: the page says so. */
    public boolean anyGenerated(Language language) {
        return titleGenerated || summaryGenerated || clausesGenerated(language);
    }

    /** Whether the draft has been edited since publication, so that there are versions to list and compare. */
    public boolean hasSeveralVersions() {
        return versions.size() > 1;
    }

    /**
     * One clause; {@code key} is stable across versions, {@code number} is what readers cite. Its official
     * Uzbek texts as the agency gave them: in Latin ({@code heading}, {@code text}) and in Cyrillic
     * ({@code headingCyrl}, {@code textCyrl}), either pair missing where not given (a text in at least one);
     * a reader is shown {@link #shownText} in their language, generated where the agency did not write it.
     */
    @JsonbPropertyOrder({"key", "number", "heading", "text", "headingCyrl", "textCyrl"})
    public record ClauseView(
            String key, String number, String heading, String text, String headingCyrl, String textCyrl) {

        /** A clause written in Latin only. */
        public ClauseView(String key, String number, String heading, String text) {
            this(key, number, heading, text, null, null);
        }

        /** The heading for a reader of {@code language} (empty where the clause has none). */
        public ShownText shownHeading(Language language) {
            return ShownText.of(uzbekOnly(language), heading, headingCyrl, null, null);
        }

        /** The text for a reader of {@code language}: clauses are Uzbek only; Russian and English readers read it as written. */
        public ShownText shownText(Language language) {
            return ShownText.of(uzbekOnly(language), text, textCyrl, null, null);
        }

        /** The official text as written, Latin where both scripts are given: what features that quote a clause use. */
        public String officialText() {
            return text != null ? text : textCyrl;
        }

        public String officialHeading() {
            return heading != null ? heading : headingCyrl;
        }

        /** Whether both clauses have the same official texts in both scripts. */
        boolean sameTextAs(ClauseView other) {
            return Objects.equals(heading, other.heading)
                    && Objects.equals(text, other.text)
                    && Objects.equals(headingCyrl, other.headingCyrl)
                    && Objects.equals(textCyrl, other.textCyrl);
        }

        /** A Russian or English reader of a clause gets its Uzbek text as written (there are no translations). */
        private static Language uzbekOnly(Language language) {
            return language == Language.UZ || language == Language.UZ_CYRL ? language : Language.RU;
        }
    }

    /** One version in the list of versions. */
    public record VersionInfo(int number, Instant createdAt, String changeNote) {}
}
