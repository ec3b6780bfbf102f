package uz.muhokama.participation;

import java.util.List;
import java.util.Map;
import uz.muhokama.platform.web.FormErrors;

/**
 * What the draft page shows of participation: votes, comment counts per clause, a page of comments,
 * and the state of the comment form (the text sent back with its messages when it was refused).
 * {@code formFor} names the form the errors belong to: "draft", a clause number, or "reply-{id}".
 */
public record ParticipationModel(
        String number,
        boolean open,
        boolean signedIn,
        VoteTally votes,
        Map<String, Long> countsByClause,
        CommentPage comments,
        int maxLength,
        String formFor,
        String text,
        FormErrors errors,
        String notice) {

    public long countFor(String clauseNumber) {
        return countsByClause.getOrDefault(clauseNumber, 0L);
    }

    public boolean errorsFor(String form) {
        return form.equals(formFor) && errors != null && errors.summary() != null;
    }

    /** What to say above a refused form: each field's reason, or the one reason for the whole form. */
    public List<String> messages() {
        if (errors == null) {
            return List.of();
        }
        return errors.byField().isEmpty()
                ? List.of(errors.summary())
                : List.copyOf(errors.byField().values());
    }

    public String textFor(String form) {
        return form.equals(formFor) && text != null ? text : "";
    }
}
