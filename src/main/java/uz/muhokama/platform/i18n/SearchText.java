package uz.muhokama.platform.i18n;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Uzbek is written with oʻ/gʻ and ʼ in half a dozen ways (U+02BB, U+02BC, U+2018, U+2019, U+0060, ').
 * Search compares one normalized form: lower case, one apostrophe, single spaces. Text is stored as typed.
 */
public final class SearchText {

    private SearchText() {}

    public static final int MAX_TERM_LENGTH = 64;

    /**
     * The distinct words of a text for word-prefix search: normalized, split on anything that is not a
     * letter, a digit or the apostrophe inside a word, at least two characters long.
     */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalize(text).split("[^\\p{L}\\p{N}']+")) {
            String term = word.replaceAll("^'+|'+$", "");
            if (term.length() >= 2) {
                terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
            }
        }
        return terms;
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case '\u02BB', '\u02BC', '\u2018', '\u2019', '\u0060', '\u00B4', '\'' -> out.append('\'');
                default -> out.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ").trim();
    }
}
