package uz.muhokama.ria;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an option considered is: leaving things as they are, the option the draft takes, or another. */
public enum OptionKind {
    DO_NOTHING,
    PROPOSED,
    ALTERNATIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<OptionKind> of(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code().equals(code == null ? "" : code.trim()))
                .findFirst();
    }
}
