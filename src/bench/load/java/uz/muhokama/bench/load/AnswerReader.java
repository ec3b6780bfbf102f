package uz.muhokama.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 answer from bytes as they arrive, in any pieces: the status line, the headers, then a
 * body of Content-Length bytes, chunks, or everything up to the end of the connection. It keeps only the
 * status, whether Retry-After came, and whether the server will close the connection.
 */
final class AnswerReader {

    /** What came back: the status and whether it said when to retry. */
    record Answer(int status, boolean retryAfter) {}

    private enum Part {
        STATUS,
        HEADERS,
        BODY,
        CHUNK_SIZE,
        CHUNK_DATA,
        CHUNK_END,
        TRAILERS,
        UNTIL_CLOSE,
        DONE
    }

    private final byte[] line = new byte[8192];
    private int lineLength;
    private Part part;
    private int status;
    private long length;
    private boolean chunked;
    private boolean retryAfter;
    private boolean closeAfter;
    private long left;

    AnswerReader() {
        reset();
    }

    void reset() {
        part = Part.STATUS;
        lineLength = 0;
        status = 0;
        length = -1;
        chunked = false;
        retryAfter = false;
        closeAfter = false;
        left = 0;
    }

    /** Takes {@code count} bytes from {@code from}; true once the answer is complete (bytes after it are not expected). */
    boolean take(byte[] bytes, int from, int count) throws IOException {
        int at = from;
        int end = from + count;
        while (at < end && part != Part.DONE) {
            switch (part) {
                case BODY, CHUNK_DATA -> {
                    int n = (int) Math.min(left, end - at);
                    at += n;
                    left -= n;
                    if (left == 0) {
                        part = part == Part.BODY ? Part.DONE : Part.CHUNK_END;
                    }
                }
                case UNTIL_CLOSE -> at = end;
                default -> {
                    byte b = bytes[at++];
                    if (b == '\n') {
                        int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
                        lineLength = 0;
                        onLine(new String(line, 0, n, StandardCharsets.ISO_8859_1));
                    } else if (lineLength < line.length) {
                        line[lineLength++] = b;
                    }
                }
            }
        }
        return part == Part.DONE;
    }

    /** The connection ended: complete if the body was to run to its end. */
    boolean endOfStream() {
        if (part == Part.UNTIL_CLOSE) {
            part = Part.DONE;
            return true;
        }
        return false;
    }

    Answer answer() {
        return new Answer(status, retryAfter);
    }

    boolean closeAfter() {
        return closeAfter;
    }

    private void onLine(String text) throws IOException {
        switch (part) {
            case STATUS -> {
                if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
                    throw new IOException("no answer");
                }
                status = Integer.parseInt(text.substring(9, 12));
                part = Part.HEADERS;
            }
            case HEADERS -> {
                if (text.isEmpty()) {
                    startBody();
                } else {
                    header(text);
                }
            }
            case CHUNK_SIZE -> {
                int semicolon = text.indexOf(';');
                left = Long.parseLong((semicolon < 0 ? text : text.substring(0, semicolon)).trim(), 16);
                part = left == 0 ? Part.TRAILERS : Part.CHUNK_DATA;
            }
            case CHUNK_END -> part = Part.CHUNK_SIZE;
            case TRAILERS -> {
                if (text.isEmpty()) {
                    part = Part.DONE;
                }
            }
            default -> throw new IllegalStateException(part.name());
        }
    }

    private void header(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return;
        }
        String name = text.substring(0, colon).trim();
        String value = text.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
            length = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
            chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
            closeAfter = value.equalsIgnoreCase("close");
        } else if (name.equalsIgnoreCase("Retry-After")) {
            retryAfter = true;
        }
    }

    private void startBody() {
        if (chunked) {
            part = Part.CHUNK_SIZE;
        } else if (length > 0) {
            left = length;
            part = Part.BODY;
        } else if (length < 0 && status != 204 && status != 304) {
            closeAfter = true;
            part = Part.UNTIL_CLOSE;
        } else {
            part = Part.DONE;
        }
    }
}
