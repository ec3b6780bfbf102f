package uz.muhokama.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

    /**
     * What one measurement found: requests answered, errors, the time, the percentiles in milliseconds and
     * which load generator made it ("java", or "wrk" for {@link WrkLoad}).
     */
    public record Result(String name, int clients, long requests, long errors, double seconds, double p50Ms, double p95Ms,
                         double p99Ms, String tool) {

        /** From every latency of the Java client, sorted: exact percentiles. */
        static Result of(String name, int clients, long errors, double seconds, double[] sortedLatenciesMs) {
            return new Result(name, clients, sortedLatenciesMs.length, errors, seconds, percentile(sortedLatenciesMs, 50),
                    percentile(sortedLatenciesMs, 95), percentile(sortedLatenciesMs, 99), "java");
        }

        double throughput() {
            return requests / seconds;
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        String row() {
            return String.format(java.util.Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d | %s |", name, clients, throughput(),
                    p50Ms, p95Ms, p99Ms, errors, tool);
        }

        /** The header of the table {@link #row()} rows go in. */
        static String header() {
            return "| measurement | clients | req/s | p50 ms | p95 ms | p99 ms | errors | load |\n|---|---|---|---|---|---|---|---|\n";
        }
    }

    private static final long MAX_REQUESTS_PER_CLIENT = 2_000_000;

    private LoadRunner() {}

    /** GETs of the paths {@code target} gives, each expected to answer 200. */
    public static Result run(String name, URI base, int clients, Duration duration, IntFunction<String> target) throws Exception {
        return run(name, base, clients, duration, Long.MAX_VALUE, i -> Request.get(target.apply(i)), status -> status == 200,
                new Tally());
    }

    /** What came back, by status, and whether every 429 said when to retry. */
    public static final class Tally {
        final java.util.concurrent.ConcurrentHashMap<Integer, AtomicLong> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicLong refusalsWithoutRetryAfter = new AtomicLong();

        void record(Connection.Answer answer) {
            byStatus.computeIfAbsent(answer.status(), k -> new AtomicLong()).incrementAndGet();
            if ((answer.status() == 429 || answer.status() == 503) && !answer.retryAfter()) {
                refusalsWithoutRetryAfter.incrementAndGet();
            }
        }

        public long count(int status) {
            AtomicLong n = byStatus.get(status);
            return n == null ? 0 : n.get();
        }

        public long refusalsWithoutRetryAfter() {
            return refusalsWithoutRetryAfter.get();
        }

        @Override
        public String toString() {
            return new java.util.TreeMap<>(byStatus).toString();
        }
    }

    /**
     * The general form: requests built per index (client + k * clients), until the time is up or
     * {@code total} requests were sent; statuses {@code ok} accepts count as successes.
     */
    public static Result run(String name, URI base, int clients, Duration duration, long total, IntFunction<Request> request,
                             java.util.function.IntPredicate ok, Tally tally) throws Exception {
        if (!"threads".equals(System.getProperty("bench.client", "selector"))) {
            return SelectorClients.run(name, base, clients, duration, total, request, ok, tally,
                    Integer.getInteger("bench.client.threads", 2), MAX_REQUESTS_PER_CLIENT);
        }
        return runThreadPerClient(name, base, clients, duration, total, request, ok, tally);
    }

    /** The closed loop with one blocking thread per client: the benchmark's client until the seventeenth session. */
    static Result runThreadPerClient(String name, URI base, int clients, Duration duration, long total, IntFunction<Request> request,
                                     java.util.function.IntPredicate ok, Tally tally) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        // Every client connects before the clock starts, as wrk does. Counted in, the 64 connections made at
        // once on a busy server stalled the first half second of each measurement (requests of 200-800 ms),
        // which is connection set-up, not the steady state of kept-alive clients being measured.
        CountDownLatch connected = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] clock = new long[2]; // started, deadline: written before go opens, read after
        List<Future<double[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                double[] latencies = new double[1024];
                int count = 0;
                int i = client;
                try (Connection connection = new Connection(base)) {
                try {
                    connection.open();
                } catch (java.io.IOException notYet) {
                    // the first request connects again, and counts as an error if it cannot
                }
                connected.countDown();
                go.await();
                long deadline = clock[1];
                while (System.nanoTime() < deadline && count < MAX_REQUESTS_PER_CLIENT && i < total) {
                    Request built = request.apply(i);
                    long t0 = System.nanoTime();
                    try {
                        Connection.Answer answer = connection.send(built);
                        tally.record(answer);
                        if (!ok.test(answer.status())) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        connection.close();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = (System.nanoTime() - t0) / 1_000_000.0;
                    i += clients;
                }
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        connected.await();
        clock[0] = System.nanoTime();
        clock[1] = clock[0] + duration.toNanos();
        go.countDown();
        long started = clock[0];
        List<double[]> all = new ArrayList<>();
        for (Future<double[]> f : futures) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdownNow();
        double[] merged = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return Result.of(name, clients, errors.get(), seconds, merged);
    }
}
