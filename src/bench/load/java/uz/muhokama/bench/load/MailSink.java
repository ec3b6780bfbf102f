package uz.muhokama.bench.load;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Where the portal's e-mails land during the notifications benchmark, counted by Message-ID: the delivery
 * folder's {@code mail/} ({@code .eml} files, the portal's behaviour without an SMTP host) or a small SMTP
 * server of the benchmark's own that keeps only each message's Message-ID and arrival time (needed when
 * several instances send: two copies of one message would be one file, as the file is named after it).
 */
public interface MailSink extends AutoCloseable {

    /** How many messages have arrived so far (each copy counted; cheap, for polling). */
    default int count() {
        return count("");
    }

    /** How many messages whose Message-ID begins with {@code prefix} ({@code n-}: instant, {@code digest-}). */
    int count(String prefix);

    /** The wall-clock time (epoch ms) the latest message of the prefix arrived, or 0. */
    long lastArrivalMillis(String prefix);

    default long lastArrivalMillis() {
        return lastArrivalMillis("");
    }

    /** Every message's Message-ID so far, each copy once, in no particular order. */
    List<String> messageIds();

    /** What the sink is, for the results. */
    String describe();

    @Override
    default void close() {}

    /** The Message-IDs that occur more than once, with how often. */
    static Map<String, Integer> repeated(List<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : ids) {
            counts.merge(id, 1, Integer::sum);
        }
        counts.values().removeIf(n -> n < 2);
        return counts;
    }

    /**
     * The Message-ID of a message given its lines (the header ends at the first empty line): the header's
     * name in any case, its value possibly folded onto the next lines; the angle brackets' content, or the
     * value itself without them; null when there is none.
     */
    static String messageId(Iterator<String> lines) {
        String value = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                break;
            }
            if (value != null && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                value += line.trim();
                continue;
            }
            if (value != null) {
                break;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue; // another header's folded value
            }
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("message-id")) {
                value = line.substring(colon + 1).trim();
            }
        }
        if (value == null) {
            return null;
        }
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        return open >= 0 && close > open ? value.substring(open + 1, close) : value.isEmpty() ? null : value;
    }

    /** The {@code .eml} files of a folder (written complete: the portal renames a finished {@code .part}). */
    final class EmlFolder implements MailSink {
        private final Path folder;

        public EmlFolder(Path folder) {
            this.folder = folder;
        }

        /** A file is named after its Message-ID's local part (the portal's Mailer). */
        @Override
        public int count(String prefix) {
            try (Stream<Path> files = list(prefix)) {
                return (int) files.count();
            }
        }

        @Override
        public long lastArrivalMillis(String prefix) {
            try (Stream<Path> files = list(prefix)) {
                return files.mapToLong(f -> {
                            try {
                                return Files.getLastModifiedTime(f).toMillis();
                            } catch (IOException gone) {
                                return 0;
                            }
                        })
                        .max()
                        .orElse(0);
            }
        }

        @Override
        public List<String> messageIds() {
            List<String> ids = new ArrayList<>();
            try (Stream<Path> files = list("")) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                        String id = messageId(reader.lines().iterator());
                        ids.add(id == null ? "(none in " + file.getFileName() + ")" : id);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return ids;
        }

        @Override
        public String describe() {
            return ".eml files in " + folder;
        }

        private Stream<Path> list(String prefix) {
            if (!Files.isDirectory(folder)) {
                return Stream.empty();
            }
            try {
                return Files.list(folder).filter(f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(".eml") && name.startsWith(prefix);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A minimal SMTP server on the loopback interface (HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no
     * TLS, no authentication): it accepts every message and keeps its Message-ID and arrival time only.
     */
    final class Smtp implements MailSink {
        private final ServerSocket server;
        private final ExecutorService sessions = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "smtp-sink");
            t.setDaemon(true);
            return t;
        });
        private final List<String> ids = new ArrayList<>();
        /** Per kind of Message-ID (its local part up to the first '-', with it): how many, and the last arrival. */
        private final Map<String, long[]> kinds = new HashMap<>();

        private final AtomicLong last = new AtomicLong();

        public Smtp(int port) throws IOException {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            Thread acceptor = new Thread(this::accept, "smtp-sink-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        public int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    sessions.execute(() -> session(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void session(Socket socket) {
            try (socket;
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    BufferedWriter out = new BufferedWriter(
                            new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1))) {
                reply(out, "220 bench-sink ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                    switch (verb) {
                        case "EHLO" -> reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                        case "DATA" -> {
                            reply(out, "354 end with <CRLF>.<CRLF>");
                            List<String> header = new ArrayList<>();
                            boolean inHeader = true;
                            String data;
                            while ((data = in.readLine()) != null && !data.equals(".")) {
                                if (inHeader) {
                                    header.add(data.startsWith("..") ? data.substring(1) : data);
                                    inHeader = !data.isEmpty();
                                }
                            }
                            String id = messageId(header.iterator());
                            String kept = id == null ? "(none)" : id;
                            long now = System.currentTimeMillis();
                            synchronized (ids) {
                                ids.add(kept);
                                long[] kind = kinds.computeIfAbsent(kind(kept), k -> new long[2]);
                                kind[0]++;
                                kind[1] = now;
                                last.set(now);
                            }
                            reply(out, "250 OK");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                        default -> reply(out, "502 not here");
                    }
                }
            } catch (IOException dropped) {
                // A client that goes away mid-message: that message is not counted, as a real server would not take it.
            }
        }

        private static void reply(BufferedWriter out, String text) throws IOException {
            out.write(text);
            out.write("\r\n");
            out.flush();
        }

        static String kind(String id) {
            int dash = id.indexOf('-');
            return dash < 0 ? id : id.substring(0, dash + 1);
        }

        @Override
        public int count(String prefix) {
            synchronized (ids) {
                if (prefix.isEmpty()) {
                    return ids.size();
                }
                long[] kind = kinds.get(prefix);
                if (kind != null) {
                    return (int) kind[0];
                }
                return (int) ids.stream().filter(i -> i.startsWith(prefix)).count();
            }
        }

        @Override
        public long lastArrivalMillis(String prefix) {
            synchronized (ids) {
                long[] kind = kinds.get(prefix);
                return prefix.isEmpty() ? last.get() : kind == null ? 0 : kind[1];
            }
        }

        @Override
        public List<String> messageIds() {
            synchronized (ids) {
                return new ArrayList<>(ids);
            }
        }

        @Override
        public String describe() {
            return "the benchmark's SMTP sink on 127.0.0.1:" + port();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            sessions.shutdownNow();
        }
    }
}
