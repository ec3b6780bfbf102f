package uz.muhokama.platform.i18n;

import java.util.Locale;

/**
 * Latin Uzbek (the 1995 alphabet) in Cyrillic, word by word: the listed exceptions first, then the letter rules,
 * which look one letter back and up to three ahead. The rules are described in docs/languages.md.
 */
final class LatinToCyrillic extends ScriptWalk {

    private static final int START = 0;
    private static final int VOWEL = 1;
    private static final int CONSONANT = 2;

    private static final String PLAIN_LATIN = "abdfghijklmnopqrstuvxyz";
    private static final String PLAIN_CYRILLIC = "абдфгҳижклмнопқрстувхйз";

    private final UzbekWordList words;

    LatinToCyrillic(UzbekWordList words) {
        this.words = words;
    }

    @Override
    boolean startsWord(char c) {
        return isLatinLetter(c);
    }

    @Override
    int wordEnd(String text, int start, boolean message) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLatinLetter(c)) {
                i++;
                continue;
            }
            int apostrophe = apostropheLength(text, i, message);
            if (apostrophe == 0) {
                break;
            }
            boolean letterAfter = i + apostrophe < text.length() && isLatinLetter(text.charAt(i + apostrophe));
            if (!letterAfter && !endsWithGhayn(text, start, i)) {
                break;
            }
            i += apostrophe;
        }
        return i;
    }

    @Override
    void word(String text, int start, int end, boolean message, StringBuilder out) {
        String word = text.substring(start, end);
        String key = UzbekWordList.latinKey(word);
        if (isActNumberPrefix(word, key, text, end) || isForeign(key) || words.keepsLatin(key)) {
            out.append(word);
            return;
        }
        // One character of the key per letter or apostrophe of the word: remember which were capitals.
        boolean[] upper = new boolean[key.length()];
        int letters = 0;
        int capitals = 0;
        for (int i = 0, k = 0; i < word.length() && k < key.length(); i++) {
            char c = word.charAt(i);
            if (UzbekScript.isApostrophe(c)) {
                if (c == '\'' && i + 1 < word.length() && word.charAt(i + 1) == '\'') {
                    i++;
                }
            } else {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper[k] = true;
                    capitals++;
                }
            }
            k++;
        }
        boolean allCaps = letters > 1 && capitals == letters;
        int from = 0;
        UzbekWordList.Stem stem = words.latin(key);
        if (stem != null) {
            String replacement = stem.replacement();
            if (stem.length() < key.length() && replacement.endsWith("ь")) {
                replacement = replacement.substring(0, replacement.length() - 1);
            }
            append(out, replacement, allCaps, upper[0]);
            from = stem.length();
        }
        letters(key, from, upper, allCaps, out);
    }

    private static void letters(String key, int from, boolean[] upper, boolean allCaps, StringBuilder out) {
        int n = key.length();
        int kind = from == 0 ? START : kindOf(key, from - 1);
        int i = from;
        while (i < n) {
            char c = key.charAt(i);
            char next = i + 1 < n ? key.charAt(i + 1) : 0;
            char after = i + 2 < n ? key.charAt(i + 2) : 0;
            char third = i + 3 < n ? key.charAt(i + 3) : 0;
            String cyrillic;
            int length = 1;
            int newKind = CONSONANT;
            if (c == 's' && next == '\'' && after == 'h') {
                cyrillic = "сҳ";
                length = 3;
            } else if ((c == 'o' || c == 'g') && next == '\'') {
                cyrillic = c == 'o' ? "ў" : "ғ";
                length = 2;
                newKind = c == 'o' ? VOWEL : CONSONANT;
            } else if ((c == 's' || c == 'c') && next == 'h') {
                cyrillic = c == 's' ? "ш" : "ч";
                length = 2;
            } else if (c == 'y' && (next == 'a' || next == 'u' || next == 'e' || (next == 'o' && after != '\''))) {
                cyrillic = iotated(next, kind, i > 0 ? key.charAt(i - 1) : 0);
                length = 2;
                newKind = VOWEL;
            } else if (c == 'e') {
                cyrillic = kind == CONSONANT ? "е" : "э";
                newKind = VOWEL;
            } else if (c == 't'
                    && next == 's'
                    && (kind == START || (after == 'i' && (isVowel(third) || third == 'y')))) {
                // -tsiya, -tsion, -tsial: the ц of Russian and international words (Konstitutsiya), also in the
                // older spelling after a consonant (aktsiya); no Uzbek word starts with ts (tsirk, tsement).
                cyrillic = "ц";
                length = 2;
            } else if (c == 's'
                    && kind == CONSONANT
                    && i > 0
                    && "kpn".indexOf(key.charAt(i - 1)) >= 0
                    && next == 'i'
                    && (isVowel(after) || after == 'y')) {
                // -ksiya, -psiya, -nsiya: ц after a consonant is written s (aksiya, korrupsiya, konferensiya).
                cyrillic = "ц";
            } else if (c == '\'') {
                cyrillic = "ъ";
            } else {
                int plain = PLAIN_LATIN.indexOf(c);
                cyrillic = plain >= 0 ? PLAIN_CYRILLIC.substring(plain, plain + 1) : String.valueOf(c);
                newKind = isVowel(c) ? VOWEL : CONSONANT;
            }
            append(out, cyrillic, allCaps, upper[i]);
            kind = newKind;
            i += length;
        }
    }

    /** я, ю, ё, е for ya, yu, yo, ye; after a consonant ye keeps the sign Cyrillic writes (obyekt, pyesa). */
    private static String iotated(char vowel, int kind, char before) {
        return switch (vowel) {
            case 'a' -> "я";
            case 'u' -> "ю";
            case 'o' -> "ё";
            default -> kind != CONSONANT ? "е" : (before == 'b' || before == 'd') ? "ъе" : "ье";
        };
    }

    private static int kindOf(String key, int i) {
        char c = key.charAt(i);
        if (c == '\'') {
            return i > 0 && key.charAt(i - 1) == 'o' ? VOWEL : CONSONANT;
        }
        return isVowel(c) ? VOWEL : CONSONANT;
    }

    private static void append(StringBuilder out, String cyrillic, boolean allCaps, boolean capital) {
        if (allCaps) {
            out.append(cyrillic.toUpperCase(Locale.ROOT));
        } else if (capital) {
            out.append(Character.toUpperCase(cyrillic.charAt(0))).append(cyrillic, 1, cyrillic.length());
        } else {
            out.append(cyrillic);
        }
    }

    /** PQ-75, PF-6000, OʻRQ-123, VMQ-5: a legal act's number is cited as registered, in Latin letters. */
    private static boolean isActNumberPrefix(String word, String key, String text, int end) {
        int letters = key.replace("'", "").length();
        return letters >= 2
                && letters <= 3
                && word.equals(word.toUpperCase(Locale.ROOT))
                && end + 1 < text.length()
                && text.charAt(end) == '-'
                && Character.isDigit(text.charAt(end + 1));
    }

    /** A word with letters the Uzbek alphabet does not have (c outside ch, w, é, ü): a name in another language. */
    private static boolean isForeign(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'w' || (c == 'c' && (i + 1 == key.length() || key.charAt(i + 1) != 'h'))) {
                return true;
            }
            if (c != '\'' && (c < 'a' || c > 'z')) {
                return true;
            }
        }
        return false;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static boolean isLatinLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return c < 0x250 && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * Whether an apostrophe at the end of a word ({@code text[start, i)}) is the ʻ of gʻ (togʻ, mablagʻ): no Uzbek
     * word ends in oʻ or ngʻ, so after o and ng (-ning, ming) it is a closing quote (‘Buxoro’).
     */
    static boolean endsWithGhayn(CharSequence text, int start, int i) {
        return i > start
                && Character.toLowerCase(text.charAt(i - 1)) == 'g'
                && (i - 1 == start || Character.toLowerCase(text.charAt(i - 2)) != 'n');
    }

    /** How many characters the apostrophe at {@code i} takes: {@code ''} is one in a MessageFormat pattern. */
    static int apostropheLength(String text, int i, boolean message) {
        char c = text.charAt(i);
        if (!UzbekScript.isApostrophe(c)) {
            return 0;
        }
        if (c == '\'' && message) {
            return i + 1 < text.length() && text.charAt(i + 1) == '\'' ? 2 : 0;
        }
        return 1;
    }
}
