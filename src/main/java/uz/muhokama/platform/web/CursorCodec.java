package uz.muhokama.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uz.muhokama.platform.error.InvalidInput;

/**
 * Writes a {@link Cursor} as {@code base64url(payload) "." base64url(tag)}: the payload is
 * {@code 1~list~filters~seen~key~key…} and the tag the first 128 bits of its HMAC-SHA-256. The tag makes
 * the cursor opaque to change, not secret: a client cannot move it to rows or filters it was not given.
 * Everything a caller can send is refused as a 400 on {@code cursor}, never a 500.
 */
final class CursorCodec {

    /** Far above any cursor made here (a few keys), far below anything worth decoding. */
    static final int MAX_LENGTH = 512;

    private static final int TAG_BYTES = 16;
    private static final String VERSION = "1";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{1,43}");
    private static final Pattern KEY = Pattern.compile("-?\\d{1,18}(\\.\\d{1,9})?");
    private static final Pattern SEEN = Pattern.compile("\\d{1,18}");

    private final byte[] key;

    public CursorCodec(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("A cursor key needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    public String encode(Cursor cursor) {
        StringBuilder payload = new StringBuilder(VERSION)
                .append('~')
                .append(name(cursor.list()))
                .append('~')
                .append(cursor.filters())
                .append('~')
                .append(cursor.seen());
        for (String k : cursor.keys()) {
            payload.append('~').append(k);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.US_ASCII);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(bytes) + "." + base64.encodeToString(tag(bytes));
    }

    /**
     * The cursor {@code token} if it is one this portal made for {@code list} with {@code filters};
     * otherwise a 400: {@code cursor.invalid} when it does not decode or its tag does not match,
     * {@code cursor.other-list} when it is genuine but belongs to another list, sort or filter.
     */
    public Cursor decode(String token, String list, String filters) {
        if (token == null || token.length() > MAX_LENGTH) {
            throw Cursor.invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw Cursor.invalid();
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            tag = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
        // Base64 leaves spare bits in the last character: a character changed only there would decode to
        // the same bytes, so only the one spelling this codec writes is taken.
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        if (!base64.encodeToString(payload).equals(token.substring(0, dot))
                || !base64.encodeToString(tag).equals(token.substring(dot + 1))
                || !MessageDigest.isEqual(tag, tag(payload))) {
            throw Cursor.invalid();
        }
        // Signed by us, so well formed unless a key was shared with another version: still checked.
        String[] parts = new String(payload, StandardCharsets.US_ASCII).split("~", -1);
        if (parts.length < 4
                || !VERSION.equals(parts[0])
                || !NAME.matcher(parts[1]).matches()
                || !HASH.matcher(parts[2]).matches()
                || !SEEN.matcher(parts[3]).matches()) {
            throw Cursor.invalid();
        }
        List<String> keys = Arrays.asList(parts).subList(4, parts.length);
        if (keys.stream().anyMatch(k -> !KEY.matcher(k).matches())) {
            throw Cursor.invalid();
        }
        if (!parts[1].equals(list) || !parts[2].equals(filters)) {
            throw new InvalidInput("cursor", "cursor.other-list");
        }
        return new Cursor(parts[1], parts[2], Long.parseLong(parts[3]), keys);
    }

    private static String name(String list) {
        if (!NAME.matcher(list).matches()) {
            throw new IllegalArgumentException("Not a list name: " + list);
        }
        return list;
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
