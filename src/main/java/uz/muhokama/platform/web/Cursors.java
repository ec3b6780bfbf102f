package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The one place lists make and check their cursors ({@link CursorCodec} with the key every instance
 * shares, {@link CursorKey}). A list names itself, hashes the filters and sort it was asked for with
 * {@link #filters}, reads the cursor it was given with {@link #read} (null: the first page) and writes
 * the next one with {@link #write}; {@link CursorLinks} turns that into the {@code Link} header.
 */
@ApplicationScoped
public class Cursors {

    @Inject
    CursorKey key;

    private volatile CursorCodec codec;

    /** The position {@code token} names in {@code list} with {@code filters}, or null when none was sent. */
    public Cursor read(String token, String list, String filters) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        return codec().decode(token, list, filters);
    }

    /** The cursor after the last of {@code rows} when the page was full, else null (the last page). */
    public String write(Cursor after) {
        return after == null ? null : codec().encode(after);
    }

    /**
     * A short hash of everything that chooses a list's rows and their order (its sort included), so that
     * a cursor is refused with other filters than it was made for. Nulls and empty values are the same.
     */
    public static String filters(Object... values) {
        StringBuilder all = new StringBuilder();
        for (Object value : values) {
            all.append(value == null ? "" : value.toString().strip()).append('\u0000');
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private CursorCodec codec() {
        CursorCodec current = codec;
        if (current == null) {
            current = new CursorCodec(key.bytes());
            codec = current;
        }
        return current;
    }
}
