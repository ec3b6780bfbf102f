package uz.muhokama.platform.error;

import java.util.Optional;

/**
 * What every text a person sends must be, wherever it comes from (JSON, a page form, a workbook): no
 * control characters but tab and line breaks, and no half of a surrogate pair. Control characters are
 * invisible in the portal's pages and in the agency's workbook, U+0000 is refused by PostgreSQL in any
 * text column, and a lone surrogate cannot be written as UTF-8 at all (the database driver would store
 * a '?' instead): each is refused on its field rather than dropped or changed, so what is stored is
 * exactly what was sent.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTER = "validation.text.control-character";
    public static final String BROKEN_CHARACTER = "validation.text.broken-character";

    private TextRules() {}

    /** The message key of the first rule {@code text} breaks, if any. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(BROKEN_CHARACTER);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(BROKEN_CHARACTER);
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return Optional.of(CONTROL_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** Refuses {@code text} with a 400 on {@code field} if it breaks a rule. */
    public static String require(String field, String text) {
        problem(text).ifPresent(key -> {
            throw new InvalidInput(field, key);
        });
        return text;
    }
}
