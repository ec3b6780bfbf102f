package uz.muhokama.platform.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the letter rules of {@link UzbekScript} get wrong, read from {@code i18n/uzbek/exceptions.tsv}: mostly
 * Russian and international loanwords whose Cyrillic spelling keeps ц, ь, ъ or я where the Latin one cannot show
 * them ({@code sirk}/{@code цирк}, {@code sentabr}/{@code сентябрь}). Each entry is a stem: it also matches when
 * Uzbek suffixes follow ({@code konsertlarda}), but not when other letters do ({@code sirka} is vinegar, not a
 * circus), so the list needs no inflected forms.
 */
final class UzbekWordList {

    static final String RESOURCE = "/i18n/uzbek/exceptions.tsv";

    /** A stem found at the start of a word: how many characters of the word it covers and what it becomes. */
    record Stem(int length, String replacement) {}

    /** The suffixes that may follow a stem, as the letter rules write them (longest chains split into parts). */
    private static final Set<String> LATIN_SUFFIXES = Set.of(
            "lar", "ning", "ni", "ga", "ka", "qa", "da", "ta", "dan", "tan", "dagi", "tagi", "gi", "ki", "i", "si",
            "im", "m", "ing", "ng", "imiz", "miz", "ingiz", "ngiz", "iz", "li", "lik", "lig", "ligi", "siz", "chi",
            "cha", "day", "dek", "mi", "u", "yu", "ham", "dir", "lash", "lan", "tir", "ish", "ib", "gan", "di", "iy",
            "viy", "gina", "kina", "qina", "oq", "ku");

    private static final Set<String> CYRILLIC_SUFFIXES = Set.of(
            "лар", "нинг", "ни", "га", "ка", "қа", "да", "та", "дан", "тан", "даги", "таги", "ги", "ки", "и", "си",
            "им", "м", "инг", "нг", "имиз", "миз", "ингиз", "нгиз", "из", "ли", "лик", "лиг", "лиги", "сиз", "чи", "ча",
            "дай", "дек", "ми", "у", "ю", "ҳам", "дир", "лаш", "лан", "тир", "иш", "иб", "ган", "ди", "ий", "вий",
            "гина", "кина", "қина", "оқ", "ку");

    private final Map<String, String> latinStems = new HashMap<>();
    private final Map<String, String> cyrillicStems = new HashMap<>();
    private final Set<String> keptLatin = new HashSet<>();
    /** The first two letters of every stem, so that most words cost one look-up. */
    private final Set<String> latinHeads = new HashSet<>();

    private final Set<String> cyrillicHeads = new HashSet<>();
    private int longestLatin;
    private int longestCyrillic;

    static UzbekWordList load() {
        UzbekWordList list = new UzbekWordList();
        try (InputStream in = UzbekWordList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                list.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    private void add(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        String[] columns = trimmed.split("\t+");
        if (columns.length != 2) {
            throw new IllegalStateException(RESOURCE + ": not two columns: " + line);
        }
        String latin = latinKey(columns[0]);
        if (columns[1].equals("=")) {
            keptLatin.add(latin);
            return;
        }
        String cyrillic = columns[1].toLowerCase(Locale.ROOT);
        latinStems.put(latin, cyrillic);
        String latinText = UzbekScript.normalizeLatin(columns[0].toLowerCase(Locale.ROOT));
        // The first line of a Cyrillic word is how it is written in Latin; later ones are older spellings, read only.
        cyrillicStems.putIfAbsent(cyrillic, latinText);
        if (cyrillic.endsWith("ь")) {
            // Before a suffix the soft sign is dropped (сентябрдан), and both spellings are read.
            cyrillicStems.putIfAbsent(cyrillic.substring(0, cyrillic.length() - 1), latinText);
        }
        latinHeads.add(latin.substring(0, 2));
        cyrillicHeads.add(cyrillic.substring(0, 2));
        longestLatin = Math.max(longestLatin, latin.length());
        longestCyrillic = Math.max(longestCyrillic, cyrillic.length());
    }

    /** A word in lower case with every apostrophe written {@code '}, as the Latin keys are. */
    static String latinKey(String word) {
        StringBuilder key = new StringBuilder(word.length());
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (UzbekScript.isApostrophe(c)) {
                key.append('\'');
                if (c == '\'' && i + 1 < lower.length() && lower.charAt(i + 1) == '\'') {
                    i++;
                }
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Whether a Latin word (as a key) is written the same in Cyrillic text: JSON, PDF. */
    boolean keepsLatin(String key) {
        return keptLatin.contains(key);
    }

    /** The longest listed Latin stem that starts the key and is followed by nothing or by suffixes only. */
    Stem latin(String key) {
        return stem(key, latinHeads, latinStems, LATIN_SUFFIXES, longestLatin);
    }

    /** The same for a Cyrillic word in lower case. */
    Stem cyrillic(String lower) {
        return stem(lower, cyrillicHeads, cyrillicStems, CYRILLIC_SUFFIXES, longestCyrillic);
    }

    private static Stem stem(
            String word, Set<String> heads, Map<String, String> stems, Set<String> suffixes, int longest) {
        if (word.length() < 2 || !heads.contains(word.substring(0, 2))) {
            return null;
        }
        for (int length = Math.min(longest, word.length()); length >= 2; length--) {
            String replacement = stems.get(word.substring(0, length));
            if (replacement != null && onlySuffixes(word, length, suffixes)) {
                return new Stem(length, replacement);
            }
        }
        return null;
    }

    /** Whether {@code word} from {@code from} on splits into listed suffixes. */
    private static boolean onlySuffixes(String word, int from, Set<String> suffixes) {
        int n = word.length();
        if (from == n) {
            return true;
        }
        boolean[] reachable = new boolean[n + 1];
        reachable[from] = true;
        for (int i = from; i < n; i++) {
            if (!reachable[i]) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(n, i + 5); j++) {
                if (suffixes.contains(word.substring(i, j))) {
                    reachable[j] = true;
                }
            }
        }
        return reachable[n];
    }
}
