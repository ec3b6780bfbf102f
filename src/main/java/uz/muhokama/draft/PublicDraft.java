package uz.muhokama.draft;

import java.util.List;
import java.util.Optional;

/**
 * A public draft as later features (participation, surveys, reports) see it: its id, number, current
 * version and that version's clauses with their stable keys. {@code title} is in the asked language,
 * {@code titleGenerated} where it is a transliteration the portal made (see {@link ShownText}).
 */
public record PublicDraft(
        long id,
        String number,
        String title,
        boolean titleGenerated,
        String agencyCode,
        boolean withdrawn,
        int version,
        List<DraftView.ClauseView> clauses) {

    /** The clause readers cite by this number in the current version. */
    public Optional<DraftView.ClauseView> clauseNumbered(String number) {
        return number == null
                ? Optional.empty()
                : clauses.stream()
                        .filter(c -> c.number().equalsIgnoreCase(number.trim()))
                        .findFirst();
    }

    public Optional<DraftView.ClauseView> clauseKeyed(String key) {
        return key == null
                ? Optional.empty()
                : clauses.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
