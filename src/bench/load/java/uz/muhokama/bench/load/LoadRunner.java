package uz.muhokama.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: N clients each send their next request as soon as the last answered, for a fixed
 * time; every latency is kept, so percentiles are exact. Bounded in count and time; loopback only.
 */
public final class LoadRunner {

    /** What one measurement found. */
    public record Result(String name, int clients, long requests, long errors, double seconds, double[] latenciesMs) {

        double throughput() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, index))];
        }

        String row() {
            return String.format(java.util.Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d |", name, clients, throughput(),
                    percentile(50), percentile(95), percentile(99), errors);
        }
    }

    private static final long MAX_REQUESTS_PER_CLIENT = 2_000_000;

    private LoadRunner() {}

    public static Result run(String name, int clients, Duration duration, IntFunction<URI> target) throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(io).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<double[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                double[] latencies = new double[1024];
                int count = 0;
                int i = client;
                while (System.nanoTime() < deadline && count < MAX_REQUESTS_PER_CLIENT) {
                    HttpRequest request = HttpRequest.newBuilder(target.apply(i)).timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = (System.nanoTime() - t0) / 1_000_000.0;
                    i += clients;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<double[]> all = new ArrayList<>();
        for (Future<double[]> f : futures) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdownNow();
        io.shutdownNow();
        double[] merged = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new Result(name, clients, merged.length, errors.get(), seconds, merged);
    }
}
