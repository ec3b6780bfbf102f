package uz.muhokama.platform.i18n;

import java.util.Locale;

/**
 * Cyrillic Uzbek in the 1995 Latin alphabet, word by word: the listed exceptions first, then the letter rules, which
 * look one letter back and one ahead. The rules are described in docs/languages.md.
 */
final class CyrillicToLatin extends ScriptWalk {

    private static final int START = 0;
    private static final int VOWEL = 1;
    private static final int CONSONANT = 2;
    /** After ъ or ь, where е reads ye as after a vowel, but ц is still s as after a consonant. */
    private static final int SIGN = 3;

    private static final String VOWELS = "аеёиоуўэюяы";
    private static final String PLAIN_CYRILLIC = "абвгджзийклмнопрстуфхқҳэы";
    private static final String[] PLAIN_LATIN = {
        "a", "b", "v", "g", "d", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "x", "q",
        "h", "e", "i"
    };

    private final UzbekWordList words;

    CyrillicToLatin(UzbekWordList words) {
        this.words = words;
    }

    @Override
    boolean startsWord(char c) {
        return isCyrillicLetter(c);
    }

    @Override
    int wordEnd(String text, int start, boolean message) {
        int i = start;
        while (i < text.length() && isCyrillicLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    @Override
    void word(String text, int start, int end, boolean message, StringBuilder out) {
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                capitals++;
            }
        }
        boolean allCaps = word.length() > 1 && capitals == word.length();
        int from = 0;
        UzbekWordList.Stem stem = words.cyrillic(lower);
        if (stem != null) {
            append(out, stem.replacement(), allCaps, Character.isUpperCase(word.charAt(0)));
            from = stem.length();
        }
        int n = lower.length();
        int kind = from == 0 ? START : kindOf(lower.charAt(from - 1));
        for (int i = from; i < n; i++) {
            char c = lower.charAt(i);
            char next = i + 1 < n ? lower.charAt(i + 1) : 0;
            String latin;
            int newKind = CONSONANT;
            switch (c) {
                case 'е' -> {
                    latin = kind == CONSONANT ? "e" : "ye";
                    newKind = VOWEL;
                }
                case 'ё' -> latin = "yo";
                case 'ю' -> latin = "yu";
                case 'я' -> latin = "ya";
                case 'ў' -> latin = "o\u02BB";
                case 'ғ' -> latin = "g\u02BB";
                case 'ш', 'щ' -> latin = "sh";
                case 'ч' -> latin = "ch";
                // ц is s at the start of a word and after a consonant (sirk, konsert, aksiya), ts after a vowel
                // (Konstitutsiya, litsenziya).
                case 'ц' -> latin = kind == VOWEL ? "ts" : "s";
                case 'с' -> latin = next == 'ҳ' ? "s\u02BC" : "s";
                case 'ъ' -> {
                    // Dropped after ў (мўъжиза, moʻjiza) and before е, ё, ю, я (объект, obyekt); else the tutuq
                    // belgisi (таълим, taʼlim).
                    latin = kind == VOWEL && i > 0 && lower.charAt(i - 1) == 'ў' || "еёюя".indexOf(next) >= 0
                            ? ""
                            : "\u02BC";
                    newKind = SIGN;
                }
                case 'ь' -> {
                    latin = next == 'о' ? "y" : "";
                    newKind = SIGN;
                }
                default -> {
                    int plain = PLAIN_CYRILLIC.indexOf(c);
                    latin = plain >= 0 ? PLAIN_LATIN[plain] : String.valueOf(c);
                }
            }
            if (VOWELS.indexOf(c) >= 0) {
                newKind = VOWEL;
            }
            append(out, latin, allCaps, Character.isUpperCase(word.charAt(i)));
            kind = newKind;
        }
    }

    private static int kindOf(char c) {
        return c == 'ъ' || c == 'ь' ? SIGN : VOWELS.indexOf(c) >= 0 ? VOWEL : CONSONANT;
    }

    private static void append(StringBuilder out, String latin, boolean allCaps, boolean capital) {
        if (latin.isEmpty()) {
            return;
        }
        if (allCaps) {
            out.append(latin.toUpperCase(Locale.ROOT));
        } else if (capital) {
            out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
        } else {
            out.append(latin);
        }
    }

    static boolean isCyrillicLetter(char c) {
        return c >= '\u0400' && c <= '\u04FF' && Character.isLetter(c);
    }
}
