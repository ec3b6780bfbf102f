package uz.muhokama.draft;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's public number, {@code ID-} followed by its id: how people, links and other features name a
 * draft. A written number is read leniently as to its form ("ID-104512", "id104512", "104512") and
 * strictly as to anything else, so that what reaches a query is only ever the id it stands for.
 */
public record DraftNumber(long id) {

    private static final String PREFIX = "ID-";
    private static final Pattern WRITTEN = Pattern.compile("(?i)(?:ID-?)?(\\d{1,18})");

    /** The number a person or a link wrote; empty for anything that is not a draft number. */
    public static Optional<DraftNumber> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.trim());
        return m.matches() ? Optional.of(new DraftNumber(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /** The id of the draft a written number names; empty for anything that is not a draft number. */
    public static Optional<Long> idFrom(String written) {
        return parse(written).map(DraftNumber::id);
    }

    /** The public number of the draft with this id, as people see it ({@code ID-104512}). */
    public static String of(long id) {
        return PREFIX + id;
    }

    /** The number as people see it. */
    public String text() {
        return of(id);
    }

    @Override
    public String toString() {
        return text();
    }
}
