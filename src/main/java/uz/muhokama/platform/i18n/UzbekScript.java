package uz.muhokama.platform.i18n;

import java.util.Map;

/**
 * Uzbek text from one script into the other (the 1995 Latin alphabet and Cyrillic).
 *
 * <p>PROVISIONAL: a letter-by-letter table so that the fourth language can be wired up; the rule-based
 * transliterator with its golden word list replaces the bodies, not the signatures.
 */
public final class UzbekScript {

    private UzbekScript() {}

    /** Latin Uzbek in Cyrillic; anything that is not Latin Uzbek (digits, Cyrillic, punctuation) kept. */
    public static String toCyrillic(String latin) {
        if (latin == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(latin.length());
        String s = latin;
        int i = 0;
        while (i < s.length()) {
            String two = i + 2 <= s.length() ? s.substring(i, i + 2) : "";
            String lower2 = two.toLowerCase(java.util.Locale.ROOT).replaceAll("['ʻʼ‘’`]", "ʻ");
            String mapped2 = LATIN_PAIRS.get(lower2);
            if (mapped2 != null) {
                out.append(Character.isUpperCase(s.charAt(i)) ? capitalize(mapped2) : mapped2);
                i += 2;
                continue;
            }
            char c = s.charAt(i);
            String mapped = LATIN.get(Character.toLowerCase(c));
            if (mapped != null) {
                out.append(Character.isUpperCase(c) ? mapped.toUpperCase(java.util.Locale.ROOT) : mapped);
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** Cyrillic Uzbek in Latin; anything that is not Cyrillic kept. */
    public static String toLatin(String cyrillic) {
        if (cyrillic == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(cyrillic.length());
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            String mapped = CYRILLIC.get(Character.toLowerCase(c));
            if (mapped == null) {
                out.append(c);
            } else if (Character.isUpperCase(c)) {
                out.append(capitalize(mapped));
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
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

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final Map<String, String> LATIN_PAIRS =
            Map.of("sh", "ш", "ch", "ч", "oʻ", "ў", "gʻ", "ғ", "ya", "я", "yo", "ё", "yu", "ю", "ye", "е");

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('a', "а"),
            Map.entry('b', "б"),
            Map.entry('d', "д"),
            Map.entry('e', "е"),
            Map.entry('f', "ф"),
            Map.entry('g', "г"),
            Map.entry('h', "ҳ"),
            Map.entry('i', "и"),
            Map.entry('j', "ж"),
            Map.entry('k', "к"),
            Map.entry('l', "л"),
            Map.entry('m', "м"),
            Map.entry('n', "н"),
            Map.entry('o', "о"),
            Map.entry('p', "п"),
            Map.entry('q', "қ"),
            Map.entry('r', "р"),
            Map.entry('s', "с"),
            Map.entry('t', "т"),
            Map.entry('u', "у"),
            Map.entry('v', "в"),
            Map.entry('x', "х"),
            Map.entry('y', "й"),
            Map.entry('z', "з"),
            Map.entry('ʼ', "ъ"),
            Map.entry('c', "ц"));

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "yo"),
            Map.entry('ж', "j"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "x"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "sh"),
            Map.entry('ъ', "ʼ"),
            Map.entry('ы', "i"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            Map.entry('ў', "oʻ"),
            Map.entry('қ', "q"),
            Map.entry('ғ', "gʻ"),
            Map.entry('ҳ', "h"));
}
