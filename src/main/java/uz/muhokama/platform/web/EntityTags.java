package uz.muhokama.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags (RFC 9110 §8.8.3) and the {@code If-None-Match} test (§13.1.2). A strong tag names exact
 * bytes: the first 128 bits of their SHA-256, enough that two different bodies of one resource never
 * share a tag, and short in every answer's headers. A weak tag ({@code W/"…"}) names a representation
 * that is the same in meaning though generated afresh, byte for byte not always the same (a workbook:
 * its zip entries carry the time they were written).
 */
public final class EntityTags {

    private static final int TAG_BYTES = 16;

    private EntityTags() {}

    /** The strong tag of these bytes, quoted: {@code "q1w2…"} (22 characters of base64url). */
    public static String strong(byte[] body) {
        return "\"" + digest(body) + "\"";
    }

    /** A weak tag for what the parts say the representation is (each part joined, then digested). */
    public static String weak(Object... parts) {
        String joined =
                String.join("\u0000", Arrays.stream(parts).map(String::valueOf).toList());
        return "W/\"" + digest(joined.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    /**
     * Whether {@code If-None-Match} names the current tag, by the weak comparison GET and HEAD use: a list
     * of tags, each strong or weak, matches when one of them has the current tag's opaque part; {@code *}
     * matches any current representation. A field that is not a list of tags matches nothing, so the caller
     * gets the whole answer rather than a 304 it did not ask for.
     */
    public static boolean matches(String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || currentTag == null) {
            return false;
        }
        String current = opaque(currentTag);
        if (current == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        int at = 0;
        int length = ifNoneMatch.length();
        while (at < length) {
            at = skipListSpace(ifNoneMatch, at);
            if (at >= length) {
                break;
            }
            int start = at;
            if (ifNoneMatch.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= length || ifNoneMatch.charAt(at) != '"') {
                return false; // not an entity tag: the field is malformed
            }
            int close = ifNoneMatch.indexOf('"', at + 1);
            if (close < 0) {
                return false;
            }
            String tag = opaque(ifNoneMatch.substring(start, close + 1));
            if (tag == null) {
                return false;
            }
            if (tag.equals(current)) {
                return true;
            }
            at = close + 1;
            while (at < length && (ifNoneMatch.charAt(at) == ' ' || ifNoneMatch.charAt(at) == '\t')) {
                at++;
            }
            if (at < length && ifNoneMatch.charAt(at) != ',') {
                return false;
            }
        }
        return false;
    }

    /** The quoted opaque part of a tag with its quotes ({@code W/"x"} and {@code "x"} both give {@code "x"}), or null. */
    static String opaque(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            return null;
        }
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            // etagc: visible ASCII except the quote, or obs-text; no spaces or controls.
            if (c == '"' || c < 0x21 || c == 0x7F || c > 0xFF) {
                return null;
            }
        }
        return t;
    }

    private static int skipListSpace(String field, int at) {
        while (at < field.length()
                && (field.charAt(at) == ' ' || field.charAt(at) == '\t' || field.charAt(at) == ',')) {
            at++;
        }
        return at;
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, TAG_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
