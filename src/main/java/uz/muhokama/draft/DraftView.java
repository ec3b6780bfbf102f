package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.reference.ReferenceItem;

/** A whole draft as its page and {@code GET /api/v1/drafts/{number}} show it, at one version. */
@JsonbPropertyOrder({
    "number",
    "title",
    "summary",
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

    /** Whether the draft has been edited since publication, so that there are versions to list and compare. */
    public boolean hasSeveralVersions() {
        return versions.size() > 1;
    }

    /** One clause; {@code key} is stable across versions, {@code number} is what readers cite. */
    @JsonbPropertyOrder({"key", "number", "heading", "text"})
    public record ClauseView(String key, String number, String heading, String text) {}

    /** One version in the list of versions. */
    public record VersionInfo(int number, Instant createdAt, String changeNote) {}
}
