package uz.muhokama.platform.i18n;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Uzbek is written in two scripts and with oʻ/gʻ and ʼ in half a dozen ways (U+02BB, U+02BC, U+2018,
 * U+2019, U+0060, '). Search compares one form of each word, its <em>key</em> ({@link #key}), made alike
 * for the drafts' words and a query's: Cyrillic letters spelt in Latin, apostrophes dropped. Text is
 * stored as typed; docs/languages.md ("Search across scripts") says what matches what.
 */
public final class SearchText {

    private SearchText() {}

    public static final int MAX_TERM_LENGTH = 64;

    /**
     * The version of {@link #key}: raised whenever a change to it would make a word's key differ, so that
     * the words indexed with an older key are indexed again (draft_term's rebuild, docs/languages.md).
     * 0 was the lower-cased word with one apostrophe (before issue 41).
     */
    public static final int KEY_VERSION = 1;

    /**
     * The distinct keys of the words of a text for word-prefix search: split on anything that is not a
     * letter, a digit or an apostrophe, each word's {@link #key}, at least two characters long.
     */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalize(text).split("[^\\p{L}\\p{N}']+")) {
            String term = key(word);
            // Two characters of the key: a lone ш is sh, as the initial Sh. of a name is in Latin.
            if (term.length() >= 2) {
                terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
            }
        }
        return terms;
    }

    /** Lower case, one apostrophe ('), single spaces: the text as typed, for comparing copies of it. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isApostrophe(c)) {
                out.append('\'');
            } else {
                out.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ").trim();
    }

    /**
     * The search key of one word, the same whichever script or apostrophe it was typed with:
     * {@code Oʻzbekiston}, {@code o'zbekiston}, {@code ozbekiston} and {@code Ўзбекистон} all give
     * {@code ozbekiston}. Made for matching, not for reading: apostrophes are dropped (so oʻ is o and gʻ
     * is g), Cyrillic letters become the Latin ones of the 1995 alphabet, and a {@code y} right after a
     * consonant is dropped (Latin {@code obyekt} and {@code sentabr} meet Cyrillic {@code объект} and
     * {@code сентябрь}). Russian words go through the same letters, alike in a query and a draft.
     *
     * <p>Each letter's spelling depends only on the letters before it, never on those after: the key of
     * the beginning of a word is the beginning of the word's key, so a query word still finds the words
     * it begins ({@code постанов} finds {@code постановление}, {@code oʻzbek} finds {@code Ўзбекистон}).
     * That is why е (ye at a word's start and after a vowel, ъ or ь, else e) and ц (ts after a vowel,
     * else s) look back, and why no rule looks ahead (ICU's or {@link UzbekScript}'s transliteration may
     * look ahead, and may change: the key does not use it).
     */
    public static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        char before = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            String latin = latinOf(c, before);
            for (int j = 0; j < latin.length(); j++) {
                char l = latin.charAt(j);
                if (l == 'y' && !out.isEmpty() && isConsonant(out.charAt(out.length() - 1))) {
                    continue;
                }
                out.append(l);
            }
            before = c;
        }
        return out.toString();
    }

    /** The Latin of one lower-case letter, given the letter before it in the word (0 at its start). */
    private static String latinOf(char c, char before) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г', 'ғ' -> "g";
            case 'д' -> "d";
            case 'е' -> before == 0 || isVowel(before) || before == 'ъ' || before == 'ь' ? "ye" : "e";
            case 'ё' -> "yo";
            case 'ж' -> "j";
            case 'з' -> "z";
            case 'и', 'ы' -> "i";
            case 'й' -> "y";
            case 'к' -> "k";
            case 'қ' -> "q";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о', 'ў' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "x";
            case 'ҳ' -> "h";
            case 'ц' -> isVowel(before) ? "ts" : "s";
            case 'ч' -> "ch";
            case 'ш', 'щ' -> "sh";
            case 'ъ', 'ь' -> "";
            case 'э' -> "e";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> String.valueOf(c);
        };
    }

    private static boolean isApostrophe(char c) {
        return switch (c) {
            case '\u02BB', '\u02BC', '\u2018', '\u2019', '\u0060', '\u00B4', '\'' -> true;
            default -> false;
        };
    }

    private static boolean isVowel(char c) {
        return "aeiouаеёиоуўыэюя".indexOf(c) >= 0;
    }

    private static boolean isConsonant(char c) {
        return "bcdfghjklmnpqrstvwxz".indexOf(c) >= 0;
    }
}
