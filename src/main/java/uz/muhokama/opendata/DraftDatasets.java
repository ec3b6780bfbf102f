package uz.muhokama.opendata;

import static uz.muhokama.opendata.Field.dateTime;
import static uz.muhokama.opendata.Field.integer;
import static uz.muhokama.opendata.Field.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uz.muhokama.draft.DraftFacts;
import uz.muhokama.platform.time.PortalTimeZone;

/** The drafts as published: drafts, their versions and clauses, and their discussions' windows. */
@ApplicationScoped
class DraftDatasets {

    private static final List<String> DRAFT_FILTERS = List.of("period", "draft", "sector", "agency");

    @Inject
    DraftFacts drafts;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    List<Dataset> all() {
        return List.of(draftsDataset(), versions(), clauses(), discussions());
    }

    private Dataset draftsDataset() {
        return new Dataset(
                "drafts",
                "Drafts",
                "Every draft published for public discussion, withdrawn ones too, with its titles "
                        + "and summaries in Uzbek, Russian and English.",
                List.of(
                        text("number", true, "The draft's public number, ID-n"),
                        text("title_uz", true, "Title in Uzbek"),
                        text("title_ru", false, "Title in Russian"),
                        text("title_en", false, "Title in English"),
                        text("summary_uz", false, "Summary in Uzbek"),
                        text("summary_ru", false, "Summary in Russian"),
                        text("summary_en", false, "Summary in English"),
                        text("act_type", true, "Act type code (act_types of the reference data)"),
                        text("sector", true, "Sector code (sectors resource)"),
                        text("agency", true, "Drafting agency code (agencies resource)"),
                        dateTime("published_at", true, "When it was published (UTC)"),
                        integer("current_version", true, "The number of its current version"),
                        dateTime("withdrawn_at", false, "When it was withdrawn, if it was"),
                        text("withdrawal_reason", false, "Why it was withdrawn"),
                        dateTime("summary_published_at", false, "When the summary of its discussion was published")),
                DRAFT_FILTERS,
                "published_at",
                (key, max, q) -> published(key, max, q).stream()
                        .map(d -> new ExportRow(
                                d.id(),
                                d.id(),
                                d.publishedAt(),
                                values(
                                        d.number(),
                                        d.titleUz(),
                                        d.titleRu(),
                                        d.titleEn(),
                                        d.summaryUz(),
                                        d.summaryRu(),
                                        d.summaryEn(),
                                        d.actType(),
                                        d.sector(),
                                        d.agency(),
                                        d.publishedAt(),
                                        d.currentVersion(),
                                        d.withdrawnAt(),
                                        d.withdrawalReason(),
                                        d.summaryPublishedAt())))
                        .toList());
    }

    private Dataset discussions() {
        return new Dataset(
                "discussions",
                "Discussions",
                "Each published draft's public discussion: its window as extended, "
                        + "how often it was extended, and its status when the data was taken.",
                List.of(
                        text("draft", true, "The draft's number"),
                        dateTime("opens_at", false, "When the discussion opens (UTC)"),
                        dateTime("closes_at", false, "When it closes, extensions included (UTC)"),
                        integer("extensions", true, "How many times it was extended"),
                        text("status", true, "scheduled, open, closed or withdrawn, when the data was taken")),
                DRAFT_FILTERS,
                "published_at",
                (key, max, q) -> {
                    Instant now = clock.instant();
                    return published(key, max, q).stream()
                            .map(d -> new ExportRow(
                                    d.id(),
                                    d.id(),
                                    d.publishedAt(),
                                    values(d.number(), d.opensAt(), d.closesAt(), d.extensions(), status(d, now))))
                            .toList();
                });
    }

    private Dataset versions() {
        return new Dataset(
                "draft_versions",
                "Draft versions",
                "Every version of every published draft; a later version " + "replaces the text during the discussion.",
                List.of(
                        text("draft", true, "The draft's number"), integer("version", true, "Version number, from 1"),
                        dateTime("created_at", true, "When the version was made (UTC)"),
                                text("change_note", false, "What changed")),
                List.of("period", "draft", "sector", "agency"),
                "created_at",
                (key, max, q) -> drafts.versionsAfter(key, max).stream()
                        .map(v -> new ExportRow(
                                v.id(),
                                v.draftId(),
                                v.createdAt(),
                                values(v.number(), v.version(), v.createdAt(), v.changeNote())))
                        .toList());
    }

    private Dataset clauses() {
        return new Dataset(
                "clauses",
                "Clauses",
                "The text of every version of every published draft, clause by clause.",
                List.of(
                        text("draft", true, "The draft's number"), integer("version", true, "Version number"),
                        integer("position", true, "Place of the clause in the version, from 0"),
                                text("clause", true, "Clause number as printed"),
                        text("heading", false, "Clause heading"), text("text", true, "Clause text")),
                List.of("draft", "sector", "agency"),
                null,
                (key, max, q) -> drafts.clausesAfter(key, max).stream()
                        .map(c -> new ExportRow(
                                c.id(),
                                c.draftId(),
                                null,
                                values(c.number(), c.version(), c.position(), c.clause(), c.heading(), c.text())))
                        .toList());
    }

    private List<DraftFacts.Published> published(long key, int max, ExportQuery q) {
        return drafts.publishedAfter(
                key, max, q.draftId(), q.sector(), q.agency(), q.from(timeZone.zone()), q.to(timeZone.zone()));
    }

    private static String status(DraftFacts.Published d, Instant now) {
        if (d.withdrawnAt() != null) {
            return "withdrawn";
        }
        if (d.opensAt() == null || now.isBefore(d.opensAt())) {
            return "scheduled";
        }
        return now.isBefore(d.closesAt()) ? "open" : "closed";
    }

    static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }
}
