package uz.muhokama.bench.load;

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
 * Reads every answer to its end ({@link AnswerReader}) and keeps only the status and Retry-After.
 */
final class Connection implements AutoCloseable {

    /** What came back: the status and whether it said when to retry. */
    record Answer(int status, boolean retryAfter) {}

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[16384];
    private final AnswerReader reader = new AnswerReader();

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
            in = socket.getInputStream();
            out = new BufferedOutputStream(socket.getOutputStream(), 16384);
        }
    }

    private Answer exchange(Request request) throws IOException {
        open();
        out.write(encode(request, host, port));
        out.flush();
        return readAnswer();
    }

    /** The request as sent on the wire: head and body. */
    static byte[] encode(Request request, String host, int port) {
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(request.path())
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (request.body() != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] wire = java.util.Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, wire, headBytes.length, body.length);
        return wire;
    }

    private Answer readAnswer() throws IOException {
        reader.reset();
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                if (reader.endOfStream()) {
                    break;
                }
                throw new IOException("answer cut short");
            }
            if (reader.take(buffer, 0, n)) {
                break;
            }
        }
        if (reader.closeAfter()) {
            close();
        }
        return reader.answer();
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
