package uz.muhokama.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notifications benchmark counts e-mails by Message-ID, from .eml files or its own SMTP sink. */
class MailSinkTest {

    @Test
    void theMessageIdIsReadInAnyCaseFoldedOrNotAndOnlyFromTheHeader() {
        assertEquals(
                "n-42@muhokama.uz",
                MailSink.messageId(List.of("From: a@b", "message-id: <n-42@muhokama.uz>", "", "x")
                        .iterator()));
        assertEquals(
                "n-43@muhokama.uz",
                MailSink.messageId(List.of("Subject: s", "Message-ID:", " <n-43@muhokama.uz>", "To: c@d", "")
                        .iterator()));
        assertEquals(
                "bare@host",
                MailSink.messageId(List.of("Message-Id: bare@host", "").iterator()),
                "no angle brackets");
        assertNull(
                MailSink.messageId(
                        List.of("Subject: x", "", "Message-ID: <in-the-body@x>").iterator()),
                "the body is not the header");
        assertNull(
                MailSink.messageId(List.of("Subject: a folded", " Message-ID: <not-a-header@x>", "")
                        .iterator()),
                "another header's folded value");
    }

    @Test
    void repeatedIdsAreThoseSeenMoreThanOnce() {
        assertEquals(Map.of("b", 2, "c", 3), MailSink.repeated(List.of("a", "b", "c", "b", "c", "c")));
        assertTrue(MailSink.repeated(List.of("a", "b")).isEmpty());
    }

    @Test
    void aFolderCountsFinishedEmlFilesOnlyAndReadsTheirIds(@TempDir Path dir) throws IOException {
        Path mail = dir.resolve("mail");
        MailSink.EmlFolder folder = new MailSink.EmlFolder(mail);
        assertEquals(0, folder.count(), "no folder yet: nothing");
        Files.createDirectories(mail);
        Files.writeString(mail.resolve("n-1.eml"), "Message-ID: <n-1@muhokama.uz>\r\nSubject: a\r\n\r\nbody\r\n");
        Files.writeString(mail.resolve("n-2.eml"), "Subject: b\r\nMessage-ID: <n-2@muhokama.uz>\r\n\r\nbody\r\n");
        Files.writeString(mail.resolve("n-3.eml.part"), "Message-ID: <n-3@muhokama.uz>\r\n");
        assertEquals(2, folder.count(), "a .part file is still being written");
        assertEquals(1, folder.count("n-2"), "by the start of the Message-ID, which names the file");
        assertEquals(
                List.of("n-1@muhokama.uz", "n-2@muhokama.uz"),
                folder.messageIds().stream().sorted().toList());
        assertTrue(folder.lastArrivalMillis() > 0);
    }

    @Test
    void theSmtpSinkTakesMessagesAsJakartaMailSendsThemAndKeepsEveryCopy() throws Exception {
        try (MailSink.Smtp sink = new MailSink.Smtp(0)) {
            send(sink.port(), "n-7@muhokama.uz", "n-8@muhokama.uz");
            send(sink.port(), "n-7@muhokama.uz");
            assertEquals(3, sink.count());
            assertEquals(3, sink.count("n-"), "by kind of Message-ID");
            assertEquals(0, sink.count("digest-"));
            assertEquals(
                    List.of("n-7@muhokama.uz", "n-7@muhokama.uz", "n-8@muhokama.uz"),
                    sink.messageIds().stream().sorted().toList());
            assertEquals(Map.of("n-7@muhokama.uz", 2), MailSink.repeated(sink.messageIds()));
            assertTrue(sink.lastArrivalMillis() > 0);
        }
    }

    /** One SMTP session sending each message in turn, as Jakarta Mail's transport does (EHLO, dot-stuffing, QUIT). */
    private static void send(int port, String... ids) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            expect(in, "220");
            write(out, "EHLO bench");
            String line;
            do {
                line = in.readLine();
            } while (line.startsWith("250-"));
            assertTrue(line.startsWith("250 "), line);
            for (String id : ids) {
                write(out, "MAIL FROM:<noreply@muhokama.uz>");
                expect(in, "250");
                write(out, "RCPT TO:<someone@bench.muhokama.uz>");
                expect(in, "250");
                write(out, "DATA");
                expect(in, "354");
                write(
                        out,
                        "From: noreply@muhokama.uz\r\nMessage-ID: <" + id + ">\r\nSubject: =?UTF-8?B?eA==?=\r\n\r\n"
                                + "..a line that began with a dot\r\n.");
                expect(in, "250");
            }
            write(out, "QUIT");
            expect(in, "221");
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line = in.readLine();
        assertTrue(line != null && line.startsWith(code), "expected " + code + ", got " + line);
    }
}
