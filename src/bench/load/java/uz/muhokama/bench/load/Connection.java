package uz.muhokama.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One client's kept-alive HTTP/1.1 connection, blocking, used by one thread. The load generator shares
 * the server's two cores, so it has to be as cheap as wrk: the JDK's HttpClient spent more CPU per
 * request than the trivial endpoints it measured and held the one-row ceiling near 2,000 req/s.
 * Reads every answer to its end (Content-Length or chunked) and keeps only the status and Retry-After.
 */
final class Connection implements AutoCloseable {

    /** What came back: the status and whether it said when to retry. */
    record Answer(int status, boolean retryAfter) {}

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[8192];
    private final byte[] skip = new byte[16384];

    Connection(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    Answer send(Request request) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(request);
        } catch (IOException failed) {
            close();
            if (!reused || !"GET".equals(request.method())) {
                throw failed; // a POST is never sent twice: the burst counts exactly what was stored
            }
            // A kept-alive connection the server closed meanwhile: a GET may be tried once more.
            return exchange(request);
        }
    }

    /** Connects now, if not connected yet, so that a measurement need not count the connecting. */
    void open() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = new BufferedOutputStream(socket.getOutputStream(), 16384);
        }
    }

    private Answer exchange(Request request) throws IOException {
        open();
        byte[] body = request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(request.path())
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return readAnswer();
    }

    private Answer readAnswer() throws IOException {
        String statusLine = readLine();
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("no answer");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        boolean retryAfter = false;
        String header;
        while ((header = readLine()) != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closeAfter = value.equalsIgnoreCase("close");
            } else if (name.equalsIgnoreCase("Retry-After")) {
                retryAfter = true;
            }
        }
        if (chunked) {
            String size;
            while ((size = readLine()) != null) {
                int semicolon = size.indexOf(';');
                long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    while ((size = readLine()) != null && !size.isEmpty()) {
                        // trailers
                    }
                    break;
                }
                discard(chunk);
                readLine();
            }
        } else if (length > 0) {
            discard(length);
        } else if (length < 0 && status != 204 && status != 304) {
            closeAfter = true; // body until the end of the connection
            while (in.read(skip) >= 0) {
                // drain
            }
        }
        if (closeAfter) {
            close();
        }
        return new Answer(status, retryAfter);
    }

    private void discard(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (n < 0) {
                throw new IOException("answer cut short");
            }
            left -= n;
        }
    }

    private String readLine() throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return new String(line, 0, n > 0 && line[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
            }
            if (n < line.length) {
                line[n++] = (byte) b;
            }
        }
        return n == 0 ? null : new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        socket = null;
    }
}
