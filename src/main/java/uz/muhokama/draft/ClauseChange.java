package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to one clause between two versions. {@code before} is absent for an added clause,
 * {@code after} for a removed one.
 */
@JsonbPropertyOrder({"kind", "key", "before", "after"})
public record ClauseChange(Kind kind, String key, DraftView.ClauseView before, DraftView.ClauseView after) {

    /** Kept unchanged, edited in place, moved, moved and edited, added, or removed. */
    @Schema(name = "ClauseChangeKind") // a distinct component name: nested types of this name exist elsewhere
    public enum Kind {
        KEPT,
        EDITED,
        MOVED,
        MOVED_AND_EDITED,
        ADDED,
        REMOVED
    }

    public String kindCode() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
