package uz.muhokama.platform.web;

import java.io.Writer;
import java.util.Arrays;

/**
 * An unsynchronized writer that encodes to UTF-8 as the characters arrive, into one growing byte
 * array.
 *
 * <p>Why: a page written into a {@code StringBuilder} is copied three times over. Uzbek text (ʻ, ʼ)
 * turns the builder into two bytes per character at its first such letter, its {@code toString()}
 * copies it, and {@code getBytes} encodes the copy: 170 KB of garbage for an 11 KB draft page, about
 * a third of all a view allocated. Encoded as it comes, the page leaves 27 KB, in the same time
 * (docs/benchmarks.md). The bytes are those of {@link String#getBytes} with UTF-8: a lone surrogate
 * becomes {@code '?'}.
 */
final class Utf8Buffer extends Writer {

    private byte[] bytes;
    private int length;
    /** A high surrogate whose low half may come in the next write. */
    private char pendingHigh;

    private final char[] scratch = new char[512];

    Utf8Buffer(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        encode(chars, offset, offset + count);
    }

    @Override
    public void write(String text, int offset, int count) {
        // Copied out in bulk first: one char at a time through String.charAt was twice as slow.
        for (int at = offset, end = offset + count; at < end; at += scratch.length) {
            int piece = Math.min(scratch.length, end - at);
            text.getChars(at, at + piece, scratch, 0);
            encode(scratch, 0, piece);
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    /** ASCII, most of a page, is copied in a tight loop; everything else goes through {@link #put}. */
    private void encode(char[] chars, int from, int to) {
        byte[] out = bytes;
        int n = length;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                if (n == out.length) {
                    length = n;
                    ensure(1);
                    out = bytes;
                }
                out[n++] = (byte) c;
            } else {
                length = n;
                put(c);
                out = bytes;
                n = length;
            }
        }
        length = n;
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                ensure(4);
                bytes[length++] = (byte) (0xF0 | (codePoint >> 18));
                bytes[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[length++] = (byte) (0x80 | (codePoint & 0x3F));
                return;
            }
            putByte('?');
        }
        if (c < 0x80) {
            putByte(c);
        } else if (c < 0x800) {
            ensure(2);
            bytes[length++] = (byte) (0xC0 | (c >> 6));
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            putByte('?');
        } else {
            ensure(3);
            bytes[length++] = (byte) (0xE0 | (c >> 12));
            bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void putByte(int b) {
        if (length == bytes.length) {
            ensure(1);
        }
        bytes[length++] = (byte) b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** What was written, exactly as long as it is; a high surrogate left waiting counts as {@code '?'}. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            putByte('?');
        }
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public void flush() {
        // Nothing leaves this buffer until toByteArray.
    }

    @Override
    public void close() {
        // As flush.
    }
}
