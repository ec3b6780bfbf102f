package uz.muhokama.ria;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How deep an assessment goes (UP-111, from 1 October 2024). {@code none} is no level of an assessment:
 * it is what a draft that needs none reports (the level lives on the assessment: see package-info).
 */
public enum RiaLevel {
    NONE,
    SIMPLIFIED,
    EXPANDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level an assessment may be written at: simplified or expanded. */
    static Optional<RiaLevel> ofAssessment(String code) {
        return Arrays.stream(values())
                .filter(l -> l != NONE && l.code().equals(code == null ? "" : code.trim()))
                .findFirst();
    }
}
