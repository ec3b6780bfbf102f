package uz.muhokama.participation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uz.muhokama.reference.ReferenceItem;

/**
 * A comment as the public sees it. The text is absent when the comment was withdrawn or hidden; the
 * state says which. {@code clause} is the clause's number in the current version (it follows the clause
 * when clauses are renumbered); {@code clauseChanged} says the clause reads differently now than when
 * the comment was written, {@code clauseRemoved} that it is no longer in the draft.
 */
@JsonbPropertyOrder({
    "id",
    "clause",
    "clauseChanged",
    "clauseRemoved",
    "replyTo",
    "author",
    "text",
    "state",
    "createdAt",
    "editedAt",
    "mine",
    "editable",
    "replies"
})
public record CommentView(
        long id,
        String clause,
        boolean clauseChanged,
        boolean clauseRemoved,
        Long replyTo,
        Author author,
        String text,
        String state,
        Instant createdAt,
        Instant editedAt,
        boolean mine,
        boolean editable,
        List<CommentView> replies) {

    /** The author's public face: display name and region, never the e-mail. */
    @Schema(name = "CommentAuthor") // a distinct component name: nested types of this name exist elsewhere
    public record Author(String name, ReferenceItem region) {}

    public boolean visible() {
        return "visible".equals(state);
    }
}
