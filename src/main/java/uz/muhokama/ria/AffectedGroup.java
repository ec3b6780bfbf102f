package uz.muhokama.ria;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whose costs and benefits an assessment weighs (the domain brief: citizens, business, the state budget). */
public enum AffectedGroup {
    CITIZENS,
    BUSINESS,
    STATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AffectedGroup> of(String code) {
        return Arrays.stream(values())
                .filter(g -> g.code().equals(code == null ? "" : code.trim()))
                .findFirst();
    }
}
