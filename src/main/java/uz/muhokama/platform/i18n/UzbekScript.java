package uz.muhokama.platform.i18n;

/**
 * Uzbek text from one script into the other: the Latin alphabet of 1995 and Cyrillic.
 *
 * <p>Letter rules (е/э by position, ц as s or ts, ъ and ь, ё/ю/я, сҳ against ш, the ʻ of oʻ and gʻ whichever
 * apostrophe was typed) and a list of exceptions for loanwords, in {@code i18n/uzbek/exceptions.tsv}; the rules and
 * how to correct a word are in docs/languages.md. Words of the other script, of other languages (letters Uzbek does not
 * have), digits, punctuation and addresses are kept, and so are act number prefixes such as {@code PQ-75}. The golden
 * list {@code src/test/resources/i18n/uzbek-golden.tsv} holds the pairs both directions must get right.
 */
public final class UzbekScript {

    /** The mark of oʻ and gʻ (U+02BB), written whichever apostrophe was typed. */
    public static final char OKINA = '\u02BB';
    /** The tutuq belgisi (U+02BC), Cyrillic ъ. */
    public static final char TUTUQ = '\u02BC';

    private static final UzbekWordList WORDS = UzbekWordList.load();
    private static final LatinToCyrillic TO_CYRILLIC = new LatinToCyrillic(WORDS);
    private static final CyrillicToLatin TO_LATIN = new CyrillicToLatin(WORDS);

    private UzbekScript() {}

    /** Latin Uzbek in Cyrillic; anything that is not Latin Uzbek (digits, Cyrillic, punctuation) kept. */
    public static String toCyrillic(String latin) {
        return TO_CYRILLIC.apply(latin, false);
    }

    /** Cyrillic Uzbek in Latin; anything that is not Cyrillic kept. */
    public static String toLatin(String cyrillic) {
        return TO_LATIN.apply(cyrillic, false);
    }

    /**
     * A message bundle value in Cyrillic: {@code {0}} placeholders, HTML tags and entities, addresses and the
     * MessageFormat quote {@code '} are kept ({@code ''} is read as an apostrophe inside a word).
     */
    public static String toCyrillicMessage(String pattern) {
        return TO_CYRILLIC.apply(pattern, true);
    }

    /** A message bundle value in Latin, keeping placeholders, tags, entities and addresses. */
    public static String toLatinMessage(String pattern) {
        return TO_LATIN.apply(pattern, true);
    }

    /**
     * Latin Uzbek with its apostrophes written one way: after o and g as {@link #OKINA} (also at the end of a word
     * after g: togʻ), between other letters as {@link #TUTUQ}, whether they were typed {@code '}, {@code `}, U+2018,
     * U+2019, U+02BB or U+02BC. Quotes around words are kept.
     */
    public static String normalizeLatin(String latin) {
        if (latin == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (!isApostrophe(c) || i == 0 || !LatinToCyrillic.isLatinLetter(latin.charAt(i - 1))) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            char before = Character.toLowerCase(latin.charAt(i - 1));
            boolean letterAfter = i + 1 < latin.length() && LatinToCyrillic.isLatinLetter(latin.charAt(i + 1));
            char mark;
            if (letterAfter) {
                mark = before == 'o' || before == 'g' ? OKINA : TUTUQ;
            } else {
                mark = LatinToCyrillic.endsWithGhayn(latin, wordStart(latin, i), i) ? OKINA : c;
            }
            if (out == null) {
                if (mark == c) {
                    continue;
                }
                out = new StringBuilder(latin.length()).append(latin, 0, i);
            }
            out.append(mark);
        }
        return out == null ? latin : out.toString();
    }

    private static int wordStart(String latin, int i) {
        int start = i;
        while (start > 0 && LatinToCyrillic.isLatinLetter(latin.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether a text has more Cyrillic letters than Latin ones. */
    public static boolean isCyrillic(String text) {
        if (text == null) {
            return false;
        }
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic > latin;
    }

    /** The characters typed for ʻ and ʼ: {@code '}, {@code `}, U+2018, U+2019, U+02BB, U+02BC. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == OKINA || c == TUTUQ;
    }
}
