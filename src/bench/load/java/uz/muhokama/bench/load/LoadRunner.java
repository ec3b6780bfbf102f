package uz.muhokama.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A closed-loop load: N clients each send their next request as soon as the last answered, for a fixed
 * time or an exact count; every latency is kept, so percentiles are exact. Loopback only. What is left
 * of the benchmarks' own HTTP client ({@link SelectorClients}, {@link AnswerReader}): it serves the runs
 * that must send an exact count of requests each different in its person's token and text, and account
 * for every answer with its {@code Retry-After} (the participation burst, the surveys' submissions),
 * which neither wrk (a time, not a count) nor h2load (one fixed request) can send (docs/benchmarks.md).
 */
public final class LoadRunner {

    /**
     * What one measurement found: requests answered, errors, the time, the percentiles in milliseconds and
     * which load generator made it ("java", or "wrk" for {@link WrkLoad}).
     */
    public record Result(
            String name,
            int clients,
            long requests,
            long errors,
            double seconds,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            String tool) {

        /** From every latency of the Java client, sorted: exact percentiles. */
        static Result of(String name, int clients, long errors, double seconds, double[] sortedLatenciesMs) {
            return new Result(
                    name,
                    clients,
                    sortedLatenciesMs.length,
                    errors,
                    seconds,
                    percentile(sortedLatenciesMs, 50),
                    percentile(sortedLatenciesMs, 95),
                    percentile(sortedLatenciesMs, 99),
                    "java");
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
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d | %s |",
                    name,
                    clients,
                    throughput(),
                    p50Ms,
                    p95Ms,
                    p99Ms,
                    errors,
                    tool);
        }

        /** The header of the table {@link #row()} rows go in. */
        static String header() {
            return "| measurement | clients | req/s | p50 ms | p95 ms | p99 ms | errors | load |\n|---|---|---|---|---|---|---|---|\n";
        }
    }

    private static final long MAX_REQUESTS_PER_CLIENT = 2_000_000;

    private LoadRunner() {}

    /** GETs of the paths {@code target} gives, each expected to answer 200. */
    public static Result run(String name, URI base, int clients, Duration duration, IntFunction<String> target)
            throws Exception {
        return run(
                name,
                base,
                clients,
                duration,
                Long.MAX_VALUE,
                i -> Request.get(target.apply(i)),
                status -> status == 200,
                new Tally());
    }

    /** What came back, by status, and whether every 429 said when to retry. */
    public static final class Tally {
        final ConcurrentHashMap<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        final AtomicLong refusalsWithoutRetryAfter = new AtomicLong();

        void record(AnswerReader.Answer answer) {
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
            return new TreeMap<>(byStatus).toString();
        }
    }

    /**
     * The general form: requests built per index (client + k * clients), until the time is up or
     * {@code total} requests were sent; statuses {@code ok} accepts count as successes.
     */
    public static Result run(
            String name,
            URI base,
            int clients,
            Duration duration,
            long total,
            IntFunction<Request> request,
            IntPredicate ok,
            Tally tally)
            throws Exception {
        return SelectorClients.run(
                name,
                base,
                clients,
                duration,
                total,
                request,
                ok,
                tally,
                Integer.getInteger("bench.client.threads", 2),
                MAX_REQUESTS_PER_CLIENT);
    }
}
