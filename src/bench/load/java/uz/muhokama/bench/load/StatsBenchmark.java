package uz.muhokama.bench.load;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The statistics and open data benchmark (issue 38's goals): folding a million comments into the
 * statistics; the statistics API and pages over many different periods (each a fresh computation, not
 * a cached table); the whole data package and the streaming comment export, with the server's heap.
 * Arguments: base URL, seconds per measurement, results file, comments seeded.
 */
public final class StatsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private StatsBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Duration each = Duration.ofSeconds(Long.parseLong(args[1]));
        Path output = Path.of(args[2]);
        long seeded = Long.parseLong(args[3]);
        List<String> lines = new ArrayList<>();

        // Folding: the job run until nothing is left (the first fold after a bulk load is the longest there is).
        long started = System.nanoTime();
        long folded = 0;
        for (String run = post(base, "/api/v1/test/jobs/stats"); ; run = post(base, "/api/v1/test/jobs/stats")) {
            long counted = sum(run);
            folded += counted;
            if (counted == 0) {
                break;
            }
        }
        double foldSeconds = (System.nanoTime() - started) / 1e9;
        lines.add(String.format(
                Locale.ROOT,
                "| fold: %,d rows (comments, votes) into the statistics | %.1f s, %,.0f rows/s |",
                folded,
                foldSeconds,
                folded / foldSeconds));

        // Periods: 20,000 different ones over the seeded year, so that nearly every request works its table out afresh.
        Random random = new Random(38);
        LocalDate today = LocalDate.now();
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            LocalDate from = today.minusDays(1 + random.nextInt(365));
            periods.add("from=" + from + "&to=" + from.plusDays(random.nextInt(120)));
        }
        // Not measured: every endpoint mixed in one load, by wrk as the measurements.
        WrkLoad.reads(
                "warm-up",
                base,
                16,
                Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 240)),
                periods.size(),
                i -> switch (i % 4) {
                    case 0 -> "/api/v1/stats/regions?" + periods.get(i % periods.size());
                    case 1 -> "/api/v1/stats/agencies?" + periods.get(i % periods.size());
                    case 2 -> "/statistics?" + periods.get(i % periods.size());
                    default -> "/api/v1/stats/months?" + periods.get(i % periods.size());
                });
        StringBuilder table = new StringBuilder(LoadRunner.Result.header());
        List<LoadRunner.Result> results = new ArrayList<>();
        results.add(WrkLoad.reads("ceiling: one-row JPA read", base, 16, each, 1, i -> "/ceiling/one-row"));
        results.add(WrkLoad.reads("stats API by region, all time", base, 16, each, 1, i -> "/api/v1/stats/regions"));
        results.add(WrkLoad.reads(
                "stats API by region, 20,000 periods",
                base,
                16,
                each,
                periods.size(),
                i -> "/api/v1/stats/regions?" + periods.get(i)));
        results.add(WrkLoad.reads(
                "stats API by sector, 20,000 periods",
                base,
                16,
                each,
                periods.size(),
                i -> "/api/v1/stats/sectors?" + periods.get(i)));
        results.add(WrkLoad.reads(
                "stats API by agency, 20,000 periods",
                base,
                16,
                each,
                periods.size(),
                i -> "/api/v1/stats/agencies?" + periods.get(i)));
        results.add(WrkLoad.reads(
                "stats API by month, 20,000 periods",
                base,
                16,
                each,
                periods.size(),
                i -> "/api/v1/stats/months?" + periods.get(i)));
        results.add(WrkLoad.reads(
                "statistics page by region, 20,000 periods",
                base,
                16,
                each,
                periods.size(),
                i -> "/statistics?" + periods.get(i)));
        results.add(WrkLoad.reads(
                "statistics page by agency, 20,000 periods",
                base,
                16,
                each,
                periods.size(),
                i -> "/statistics/agencies?" + periods.get(i)));
        results.forEach(r -> table.append(r.row()).append('\n'));

        // The data package, once, with the heap watched.
        long baseline = Long.parseLong(post(base, "/ceiling/report/heap/reset").trim());
        started = System.nanoTime();
        String made = post(base, "/api/v1/test/jobs/open-data?slot=bench-" + System.currentTimeMillis());
        double packageSeconds = (System.nanoTime() - started) / 1e9;
        String[] heap = get(base, "/ceiling/report/heap").trim().split(" ");
        lines.add(String.format(
                Locale.ROOT,
                "| data package with %,d comments (every resource, datapackage.json, ZIP): %s | %.1f s, "
                        + "%,.0f comment rows/s over the whole package; heap %d MB before, peak %s MB after a collection during, %s after |",
                seeded,
                made.trim(),
                packageSeconds,
                seeded / packageSeconds,
                baseline,
                heap[0],
                heap[1]));

        // The streaming comment export through the API, read to the end.
        post(base, "/ceiling/report/heap/reset");
        started = System.nanoTime();
        long rows = countLines(base, "/api/v1/open-data/resources/comments?format=csv") - 1;
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        heap = get(base, "/ceiling/report/heap").trim().split(" ");
        lines.add(String.format(
                Locale.ROOT,
                "| streaming export of the comments (CSV) through the API: %,d rows | %.1f s, %,.0f rows/s; "
                        + "heap peak %s MB after a collection during, %s after |",
                rows,
                exportSeconds,
                rows / exportSeconds,
                heap[0],
                heap[1]));

        String text = "\n## Statistics and open data benchmark\n\n" + table + "\n| what | figure |\n|---|---|\n"
                + String.join("\n", lines) + "\n";
        Files.writeString(output, text);
        System.out.println(text);
    }

    /** Adds up the numbers of a run's JSON ({"comments":n,"votes":n,…}). */
    private static long sum(String json) {
        long total = 0;
        for (String part : json.replaceAll("[{}\"a-zA-Z:]", " ").split("[ ,]+")) {
            if (!part.isBlank()) {
                total += Long.parseLong(part.trim());
            }
        }
        return total;
    }

    private static long countLines(URI base, String path) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private static String post(URI base, String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofMinutes(30))
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
