package uz.muhokama.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import uz.muhokama.platform.i18n.SearchText;

/**
 * What a comment's text is underneath its spelling, for grouping mass campaigns (docs/participation.md).
 * <ul>
 *   <li>The <b>fingerprint</b> is a SHA-256 of the words only: lower case, one apostrophe, punctuation,
 *   digits and spacing dropped, Cyrillic look-alike letters folded to Latin. Copies that differ in
 *   case, punctuation, spacing, a number or a signature's digits share it.</li>
 *   <li>The <b>simhash</b> is a 64-bit locality-sensitive hash of the word pairs (shingles): texts that
 *   share most of their word pairs differ in only a few bits, so a template with a name or a sentence
 *   changed still lands near its siblings.</li>
 * </ul>
 */
final class CommentText {

    private CommentText() {}

    /** The words of a text in a spelling-independent form. */
    static List<String> words(String text) {
        String normalized = SearchText.normalize(text);
        StringBuilder folded = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            folded.append(foldLookAlike(normalized.charAt(i)));
        }
        List<String> words = new ArrayList<>();
        for (String word : folded.toString().split("[^\\p{L}']+")) {
            String w = word.replace("'", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public static String fingerprint(String text) {
        return fingerprintOf(words(text));
    }

    public static long simhash(String text) {
        return simhashOf(words(text));
    }

    /** The fingerprint of words already taken from a text by {@link #words}, which is the costly part. */
    static String fingerprintOf(List<String> words) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** The simhash of words already taken from a text by {@link #words}. */
    static long simhashOf(List<String> words) {
        int[] weights = new int[64];
        // Words and word pairs: words keep near copies close, pairs keep reordered texts apart.
        for (int i = 0; i < words.size(); i++) {
            add(weights, hash(words.get(i)));
            if (i + 1 < words.size()) {
                add(weights, hash(words.get(i) + ' ' + words.get(i + 1)));
            }
        }
        long simhash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    /** How many bits two simhashes differ in: 0–3 for near copies of a text of some length. */
    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static void add(int[] weights, long hash) {
        for (int bit = 0; bit < 64; bit++) {
            weights[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
        }
    }

    /** 64-bit FNV-1a, then a finalizer so that neighbouring strings spread over all bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb1b5c6b8b8f3L;
        return h ^ (h >>> 33);
    }

    /** Cyrillic letters that look like Latin ones, as used to dodge duplicate filters. */
    private static char foldLookAlike(char c) {
        return switch (c) {
            case 'а' -> 'a';
            case 'е' -> 'e';
            case 'о' -> 'o';
            case 'р' -> 'p';
            case 'с' -> 'c';
            case 'у' -> 'y';
            case 'х' -> 'x';
            case 'і' -> 'i';
            default -> c;
        };
    }
}
