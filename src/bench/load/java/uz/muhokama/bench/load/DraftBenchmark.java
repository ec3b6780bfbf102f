package uz.muhokama.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the portal's draft search and draft page against the ceiling app's one-row read, in one
 * run on one machine, and writes a Markdown table. Arguments: base URL, seconds per measurement, output
 * file. The drafts read are the seeded ones, whose ids the ceiling app lists. Every measurement is a GET
 * on kept-alive connections, made by Debian's wrk ({@link WrkLoad}; {@code -Dbench.load=java} for this
 * package's client).
 */
public final class DraftBenchmark {

    /**
     * Common words alone, and words with a number that each find their one draft (the seed's draft 115
     * is titled "litsenziya … toʻgʻrisida 115"; every draft n is "Draft n" and "О проекте n").
     */
    /**
     * The search's queries in turn: Latin words, a number, Russian, and (issue 41) the same words typed in
     * Cyrillic and with other apostrophes, which the seeded Latin titles must answer alike.
     */
    private static final String[] QUERIES = {
        "tarif",
        "soliq",
        "energiya",
        "litsenziya toʻgʻrisida 115",
        "draft 4567",
        "ID-100500",
        "nazorat",
        "о проекте 99",
        "солиқ",
        "энергия",
        "лицензия тўғрисида 115",
        "tadbirkorlik to‘g‘risida 77",
        "ta'lim"
    };

    /** The listing's other paths (V36): no words, the other orders, a filter newest first, with and without a word. */
    private static final String[] LISTINGS = {
        "page=1",
        "sort=oldest",
        "sort=discussed",
        "sector=energy",
        "sector=energy&q=hisobot",
        "agency=ministry-of-transport",
        "sort=discussed&q=nazorat"
    };

    private DraftBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Duration each = Duration.ofSeconds(Long.parseLong(args[1]));
        Path output = Path.of(args[2]);
        long[] ids = seededIds(base);

        warmUp(base, ids);
        List<LoadRunner.Result> results = new ArrayList<>();
        // Every measurement here is a GET on kept-alive connections: wrk's (WrkLoad), unless -Dbench.load=java.
        for (int clients : new int[] {16, 64}) {
            results.add(WrkLoad.reads("ceiling: one-row JPA read", base, clients, each, 1, i -> "/ceiling/one-row"));
            results.add(WrkLoad.reads(
                    "draft page /drafts/{number}",
                    base,
                    clients,
                    each,
                    ids.length,
                    i -> "/drafts/ID-" + spread(ids, i)));
            results.add(WrkLoad.reads(
                    "draft API /api/v1/drafts/{number}",
                    base,
                    clients,
                    each,
                    ids.length,
                    i -> "/api/v1/drafts/ID-" + spread(ids, i)));
        }
        results.add(WrkLoad.reads(
                "search /api/v1/drafts?q=…",
                base,
                16,
                each,
                QUERIES.length,
                i -> "/api/v1/drafts?q=" + URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8)));
        results.add(WrkLoad.reads(
                "search with filters ?sector=&status=open&sort=closing",
                base,
                16,
                each,
                5,
                i -> "/api/v1/drafts?sector=energy&status=open&sort=closing&page=" + (1 + i % 5)));
        results.add(WrkLoad.reads(
                "listing: every public draft, the other orders, a sector or an agency (with a word)",
                base,
                16,
                each,
                LISTINGS.length,
                i -> "/api/v1/drafts?" + LISTINGS[i % LISTINGS.length]));

        if (Boolean.getBoolean("bench.compare.clients")) {
            // The Java client (kept for the runs that must account for every request) and wrk side by side on one
            // warmed server, in turn, three times each (docs/benchmarks.md): what says whether they read the same tail.
            for (int round = 1; round <= 3; round++) {
                results.add(LoadRunner.run(
                        "ceiling, Java client, round " + round, base, 64, each, i -> "/ceiling/one-row"));
                results.add(LoadRunner.run(
                        "draft page, Java client, round " + round,
                        base,
                        64,
                        each,
                        i -> "/drafts/ID-" + spread(ids, i)));
                results.add(WrkLoad.run("ceiling, wrk, round " + round, base, 64, each, 1, i -> "/ceiling/one-row"));
                results.add(WrkLoad.run(
                        "draft page, wrk, round " + round,
                        base,
                        64,
                        each,
                        ids.length,
                        i -> "/drafts/ID-" + spread(ids, i)));
            }
        }
        StringBuilder table = new StringBuilder(LoadRunner.Result.header());
        results.forEach(r -> table.append(r.row()).append('\n'));
        double ceiling16 = results.get(0).throughput();
        double page16 = results.get(1).throughput();
        double ceiling64 = results.get(3).throughput();
        double page64 = results.get(4).throughput();
        table.append(String.format(
                Locale.ROOT,
                "%nDraft page / ceiling: %.2f at 16 clients, %.2f at 64 clients.%n",
                page16 / ceiling16,
                page64 / ceiling64));
        Files.writeString(output, table.toString());
        System.out.println(table);
        System.exit(0);
    }

    /**
     * The first 20-30 s after a start run 3-4 times slower (limits.md), and on two cores the JIT keeps
     * improving the longer paths for a minute or more: warm up every measured endpoint before measuring,
     * in one load that mixes the four (by wrk, as the measurements; not measured).
     */
    private static void warmUp(URI base, long[] ids) throws Exception {
        WrkLoad.reads(
                "warm-up",
                base,
                16,
                Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 240)),
                ids.length,
                i -> switch (i % 4) {
                    case 0 -> "/ceiling/one-row";
                    case 1 -> "/drafts/ID-" + spread(ids, i);
                    case 2 -> "/api/v1/drafts/ID-" + spread(ids, i);
                    default -> "/api/v1/drafts?q=tarif";
                });
    }

    /** The i-th request's draft: consecutive requests far apart in the archive, every draft in turn. */
    private static long spread(long[] ids, int i) {
        return ids[Math.floorMod(i * 7919L, ids.length)];
    }

    private static long[] seededIds(URI base) throws Exception {
        HttpResponse<String> listed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/ceiling/seed/ids"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (listed.statusCode() != 200) {
            throw new IllegalStateException("the ceiling app did not list the seeded drafts: " + listed.statusCode());
        }
        return listed.body()
                .lines()
                .filter(line -> !line.isBlank())
                .mapToLong(Long::parseLong)
                .toArray();
    }
}
