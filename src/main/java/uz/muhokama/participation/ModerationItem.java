package uz.muhokama.participation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.platform.audit.AuditRecord;

/**
 * A comment as moderators see it: the full text whatever its state, its earlier texts, the flags with
 * their reasons, and the moderation history from the audit log.
 */
@JsonbPropertyOrder({
    "id",
    "draft",
    "clause",
    "authorName",
    "text",
    "state",
    "createdAt",
    "editedAt",
    "flagCount",
    "flags",
    "revisions",
    "moderation"
})
public record ModerationItem(
        long id,
        String draft,
        String clause,
        String authorName,
        String text,
        String state,
        Instant createdAt,
        Instant editedAt,
        int flagCount,
        List<Flag> flags,
        List<Revision> revisions,
        List<AuditRecord> moderation) {

    @Schema(name = "ModerationFlag") // a distinct component name: nested types of this name exist elsewhere
    public record Flag(String reason, Instant flaggedAt) {}

    public record Revision(String text, Instant writtenAt, Instant replacedAt) {}
}
