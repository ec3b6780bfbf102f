package uz.muhokama.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures comment intake (signed-in clients, one open draft, every check of the portal on) against
 * the ceiling app's bare one-row insert, the draft page of a draft with 10,000 comments against the
 * one-row read, and a burst of 75,000 comments that must lose nothing. Arguments: base URL, the three
 * open drafts' numbers (page, intake, burst), people seeded, seconds per measurement, output file.
 *
 * <p>The reads, comment intake and the bare insert are measured by wrk ({@link WrkLoad}: wrk-paths.lua,
 * and wrk-comments.lua, which posts a fresh text with the next person's token each time); the warm-up
 * and the burst by this package's own client, because the burst must account for every request it sent:
 * exactly 75,000, each answered 201, or 429 or 503 with {@code Retry-After}, and the draft must then
 * hold as many comments as were answered 201. wrk runs for a time, not a count; when its time is up it
 * closes connections with requests in flight whose answers it never reports, though the server may have
 * stored them; and it would have to hand every answer's headers to Lua to check {@code Retry-After}.
 * {@code -Dbench.load=java} measures everything with the Java client.
 */
public final class ParticipationBenchmark {

    private static final String[] WORDS = {
        "tarif",
        "soliq",
        "band",
        "loyiha",
        "taklif",
        "hisobot",
        "tadbirkor",
        "xarajat",
        "muddat",
        "nazorat",
        "litsenziya",
        "imtiyoz",
        "fuqaro",
        "huquq",
        "tartib",
        "xizmat"
    };
    /** 75,000; {@code -Dbench.burst=N} (BENCH_BURST) makes it smaller, for checking the plumbing only. */
    static final int BURST = Integer.getInteger("bench.burst", 75_000);

    private ParticipationBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String pageDraft = args[1];
        String intakeDraft = args[2];
        String burstDraft = args[3];
        int people = Integer.parseInt(args[4]);
        Duration each = Duration.ofSeconds(Long.parseLong(args[5]));
        Path output = Path.of(args[6]);
        // People are split in slices so that no phase spends another's rate-limit allowance.
        int warmStart = 0;
        int intakeStart = people / 5;
        int burstStart = people * 7 / 10;

        LoadRunner.run(
                "warm-up",
                base,
                16,
                Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 240)),
                Long.MAX_VALUE,
                i -> switch (i % 3) {
                    case 0 -> insert(i);
                    case 1 -> Request.get("/drafts/" + pageDraft);
                    default -> comment(intakeDraft, warmStart + i % (intakeStart - warmStart), i);
                },
                status -> true,
                new LoadRunner.Tally());
        analyze(base);

        List<LoadRunner.Result> results = new ArrayList<>();
        int intakeSlice = burstStart - intakeStart;
        int[] offset = {0};
        for (int clients : new int[] {16, 64}) {
            String insertName = "ceiling: bare one-row insert (POST JSON → JPA → commit)";
            String intakeName = "comment intake POST /api/v1/drafts/{n}/comments";
            int shift = offset[0];
            if (WrkLoad.enabled()) {
                // wrk-comments.lua: the same requests (a fresh text each; the next person of the slice for intake).
                results.add(WrkLoad.posts(insertName, base, clients, each, "/ceiling/insert", -1, 0, 0));
                LoadRunner.Result intake = WrkLoad.posts(
                        intakeName,
                        base,
                        clients,
                        each,
                        "/api/v1/drafts/" + intakeDraft + "/comments",
                        intakeStart,
                        intakeSlice,
                        shift);
                results.add(intake);
                // Stored, or nearly: the few answered after wrk's time was up are stored but not counted.
                offset[0] += (int) (intake.requests() - intake.errors());
            } else {
                results.add(LoadRunner.run(
                        insertName,
                        base,
                        clients,
                        each,
                        Long.MAX_VALUE,
                        i -> insert(i),
                        status -> status == 201,
                        new LoadRunner.Tally()));
                LoadRunner.Tally intake = new LoadRunner.Tally();
                results.add(LoadRunner.run(
                        intakeName,
                        base,
                        clients,
                        each,
                        Long.MAX_VALUE,
                        i -> comment(intakeDraft, intakeStart + Math.floorMod(i + shift, intakeSlice), i),
                        status -> status == 201,
                        intake));
                offset[0] += (int) intake.count(201);
            }
        }
        // Tens of thousands of comments later, the statistics a production database would have by now
        // (autovacuum is off on this machine's PostgreSQL: AnalyzeResource says why).
        analyze(base);
        // The reads are GETs on kept-alive connections: wrk's (WrkLoad), unless -Dbench.load=java.
        for (int clients : new int[] {16, 64}) {
            results.add(WrkLoad.reads("ceiling: one-row JPA read", base, clients, each, 1, i -> "/ceiling/one-row"));
            results.add(WrkLoad.reads(
                    "draft page with 10,000 comments (first page)",
                    base,
                    clients,
                    each,
                    1,
                    i -> "/drafts/" + pageDraft));
        }
        // The same page with an order chosen is never shared between readers: read and rendered every time.
        results.add(WrkLoad.reads(
                "same page, ?sort=newest (read and rendered each time)",
                base,
                16,
                each,
                1,
                i -> "/drafts/" + pageDraft + "?sort=newest"));
        LoadRunner.Tally burst = new LoadRunner.Tally();
        int burstSlice = people - burstStart;
        LoadRunner.Result burstResult = LoadRunner.run(
                String.format(Locale.ROOT, "burst: %,d comments, 64 clients", BURST),
                base,
                64,
                Duration.ofMinutes(10),
                BURST,
                i -> comment(burstDraft, burstStart + i % burstSlice, i),
                status -> status == 201 || status == 429 || status == 503,
                burst);
        results.add(burstResult);
        long stored = storedComments(base, burstDraft);

        StringBuilder table = new StringBuilder(LoadRunner.Result.header());
        results.forEach(r -> table.append(r.row()).append('\n'));
        table.append(String.format(
                Locale.ROOT,
                "%nIntake / bare insert: %.2f at 16 clients, %.2f at 64 clients.%n",
                results.get(1).throughput() / results.get(0).throughput(),
                results.get(3).throughput() / results.get(2).throughput()));
        table.append(String.format(
                Locale.ROOT,
                "Draft page (10,000 comments) / one-row read: %.2f at 16 clients, %.2f at 64 clients.%n",
                results.get(5).throughput() / results.get(4).throughput(),
                results.get(7).throughput() / results.get(6).throughput()));
        long accepted = burst.count(201);
        // Refused: 429 past a person's limit, or 503 when the database kept refusing (nothing stored); both say when to
        // retry.
        long refused = burst.count(429) + burst.count(503);
        table.append(String.format(
                Locale.ROOT,
                "Burst: %d sent, %d stored (201), %d refused (429 or 503, %d of them without Retry-After), "
                        + "other answers %s; comments in the database afterwards: %d → %s.%n",
                burstResult.requests(),
                accepted,
                refused,
                burst.refusalsWithoutRetryAfter(),
                burst,
                stored,
                stored == accepted && accepted + refused == BURST && burst.refusalsWithoutRetryAfter() == 0
                        ? "nothing lost"
                        : "MISMATCH"));
        Files.writeString(output, table.toString());
        System.out.println(table);
        System.exit(0);
    }

    private static Request insert(int i) {
        return Request.postJson("/ceiling/insert", "{\"text\":\"" + text(i) + "\"}", null);
    }

    private static Request comment(String draft, int person, int i) {
        return Request.postJson(
                "/api/v1/drafts/" + draft + "/comments", "{\"text\":\"" + text(i) + "\"}", "bench-token-" + person);
    }

    /** About 300 characters of Uzbek-looking words, different for every request. */
    private static String text(int i) {
        StringBuilder text = new StringBuilder("Taklif ").append(i).append(": ");
        long x = i * 2654435761L;
        while (text.length() < 300) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            text.append(WORDS[(int) Math.floorMod(x >>> 33, (long) WORDS.length)])
                    .append(' ');
        }
        return text.toString().trim();
    }

    /** PostgreSQL's ANALYZE through the ceiling app (nothing on Derby); the surveys benchmark's too. */
    static void analyze(URI base) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/ceiling/analyze"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "POST /ceiling/analyze answered " + answer.statusCode() + ": " + answer.body());
        }
        System.out.println("statistics: " + answer.body());
    }

    private static long storedComments(URI base, String draft) throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/drafts/" + draft + "/comments?size=1"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(list.body().replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
    }
}
