package uz.muhokama.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load generator reads answers as they come off the socket, in whatever pieces the kernel hands it. */
class AnswerReaderTest {

    @Test
    void anAnswerWithALengthIsCompleteAtItsLastByteWhateverThePieces() throws IOException {
        byte[] answer = bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/html\r\n\r\nhello");
        for (int piece = 1; piece <= answer.length; piece++) {
            AnswerReader reader = new AnswerReader();
            boolean done = false;
            for (int at = 0; at < answer.length; at += piece) {
                assertFalse(done, "complete before its last byte, in pieces of " + piece);
                done = reader.take(answer, at, Math.min(piece, answer.length - at));
            }
            assertTrue(done, "incomplete in pieces of " + piece);
            assertEquals(200, reader.answer().status());
            assertFalse(reader.closeAfter());
        }
    }

    @Test
    void aChunkedAnswerEndsAfterItsLastChunkAndTrailers() throws IOException {
        AnswerReader reader = new AnswerReader();
        assertFalse(feed(reader, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"));
        assertFalse(feed(reader, "lo\r\n3;ext=1\r\nabc\r\n0\r\n"));
        assertTrue(feed(reader, "\r\n"));
    }

    @Test
    void aRefusalSaysWhetherItToldWhenToRetryAndAClosingAnswerSaysSo() throws IOException {
        AnswerReader reader = new AnswerReader();
        byte[] refusal = bytes(
                "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 60\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        assertTrue(reader.take(refusal, 0, refusal.length));
        assertEquals(new AnswerReader.Answer(429, true), reader.answer());
        assertTrue(reader.closeAfter());

        reader.reset();
        byte[] plain = bytes("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
        assertTrue(reader.take(plain, 0, plain.length));
        assertEquals(new AnswerReader.Answer(503, false), reader.answer());
    }

    @Test
    void aBodyWithoutLengthRunsToTheEndOfTheConnection() throws IOException {
        AnswerReader reader = new AnswerReader();
        byte[] answer = bytes("HTTP/1.1 200 OK\r\n\r\nsome body");
        assertFalse(reader.take(answer, 0, answer.length));
        assertTrue(reader.endOfStream());
        assertTrue(reader.closeAfter());
    }

    @Test
    void anythingButHttp11IsNoAnswer() {
        byte[] garbage = bytes("SSH-2.0-OpenSSH\r\n");
        assertThrows(IOException.class, () -> new AnswerReader().take(garbage, 0, garbage.length));
    }

    private static boolean feed(AnswerReader reader, String piece) throws IOException {
        byte[] bytes = bytes(piece);
        return reader.take(bytes, 0, bytes.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
