package uz.muhokama.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What is left of the benchmarks' own client must send an exact count of requests, each its own, and
 * account for every answer (the participation burst): checked against a small server on loopback that
 * accepts some and refuses the others, with and without {@code Retry-After}.
 */
class LoadRunnerTest {

    private final ExecutorService serving = Executors.newFixedThreadPool(4);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        serving.shutdownNow();
    }

    @Test
    void anExactCountIsSentEachRequestItsOwnAndEveryAnswerIsCounted() throws Exception {
        Set<String> bodies = ConcurrentHashMap.newKeySet();
        AtomicInteger received = new AtomicInteger();
        URI base = serve(exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            int n = received.incrementAndGet();
            if (n % 3 == 0) {
                exchange.getResponseHeaders().add("Retry-After", "60");
                exchange.sendResponseHeaders(429, -1);
            } else if (n % 50 == 1) {
                exchange.sendResponseHeaders(503, -1); // a refusal that does not say when to retry
            } else {
                byte[] created = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, created.length);
                exchange.getResponseBody().write(created);
            }
            exchange.close();
        });
        LoadRunner.Tally tally = new LoadRunner.Tally();
        LoadRunner.Result result = LoadRunner.run(
                "burst",
                base,
                8,
                Duration.ofSeconds(60),
                600,
                i -> Request.postJson("/comments", "{\"text\":\"comment " + i + "\"}", "token-" + i % 7),
                status -> status == 201 || status == 429 || status == 503,
                tally);

        assertEquals(600, result.requests(), "exactly the count, then no more");
        assertEquals(600, received.get());
        assertEquals(600, bodies.size(), "every request its own text");
        assertEquals(0, result.errors());
        assertEquals(600, tally.count(201) + tally.count(429) + tally.count(503));
        assertEquals(200, tally.count(429));
        assertEquals(tally.count(503), tally.refusalsWithoutRetryAfter(), "a 503 without Retry-After is noticed");
    }

    private URI serve(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", handler);
        server.setExecutor(serving);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
