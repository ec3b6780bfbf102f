package uz.muhokama.bench.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures survey answers and results: general-survey submissions over HTTP (signed-in clients, one
 * open draft, every check of the portal on: token, draft, window, role, each answer against its
 * questionnaire version, the one-per-person constraint, the counts) against the ceiling app's bare
 * one-row insert; then fills that draft up to 100,000 general-survey answers and adds 1,000 expertises
 * through the same API, and reads the results (API and page, general survey and expertise) against the
 * one-row read. Arguments: base URL, the results draft, the warm-up draft, people seeded, seconds per
 * measurement, output file. Person 0 is an administrator (API token and a browser session "bench-session");
 * the last 1,000 people are experts.
 *
 * <p>All of it is measured by this package's own client, not by wrk ({@link WrkLoad}): every submission
 * is a new person's first answer set, each person used once across the 16- and 64-client runs and the
 * filling, which must end at exactly 100,000 (wrk runs for a time, not a count, and stops with requests
 * in flight whose answers it never reports, so the next person in line would be unknown). The results
 * reads could move to wrk (wrk-paths.lua takes the administrator's headers); not done yet.
 *
 * <p>{@code -Dbench.analyze=true} (the default) gives PostgreSQL the statistics a production database would
 * have, as the participation benchmark does: ANALYZE after the warm-up and again after the filling, before the
 * results are read. {@code false} leaves the planner with those of the tables as the seed left them (this
 * machine's PostgreSQL runs without autovacuum): the filling, in steps of 10,000 answers, then shows whether a
 * submission grows slower as the table fills (docs/benchmarks.md, "Surveys").
 */
public final class SurveyBenchmark {

    static final int ANSWERS = 100_000;
    static final int EXPERTISES = 1_000;
    /** The filling is timed in steps of this many answers, so that a rate falling as the table fills shows. */
    static final int FILLING_STEP = 10_000;

    private static final String[] COMPLIANCE = {"yes", "partly", "no"};

    private SurveyBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String draft = args[1];
        String warmDraft = args[2];
        int people = Integer.parseInt(args[3]);
        Duration each = Duration.ofSeconds(Long.parseLong(args[4]));
        Path output = Path.of(args[5]);
        int warmPeople = 5_000;
        int firstExpert = people - EXPERTISES;
        if (firstExpert <= ANSWERS) {
            throw new IllegalArgumentException("Seed more than " + (ANSWERS + EXPERTISES) + " people");
        }
        String general = "/api/v1/drafts/" + draft + "/questionnaires/general-survey/";
        String expertise = "/api/v1/drafts/" + draft + "/questionnaires/anti-corruption-expertise/";

        LoadRunner.run(
                "warm-up",
                base,
                16,
                Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 240)),
                Long.MAX_VALUE,
                i -> switch (i % 4) {
                    case 0 -> Request.postJson("/ceiling/insert", "{\"text\":\"warm " + i + "\"}", null);
                    case 1 -> admin("/api/v1/drafts/" + warmDraft + "/questionnaires/general-survey/results");
                    case 2 -> page("/drafts/" + warmDraft + "/surveys/general-survey/results");
                    default ->
                        put(
                                "/api/v1/drafts/" + warmDraft + "/questionnaires/general-survey/my-answer",
                                generalAnswer(i),
                                1 + i % warmPeople);
                },
                status -> true,
                new LoadRunner.Tally());
        boolean analyze = Boolean.parseBoolean(System.getProperty("bench.analyze", "true"));
        if (analyze) {
            ParticipationBenchmark.analyze(base);
        }

        List<LoadRunner.Result> results = new ArrayList<>();
        // Every submission is a new person's first answer to the draft: the next person in line, whichever client sends
        // it.
        AtomicInteger nextPerson = new AtomicInteger(1);
        for (int clients : new int[] {16, 64}) {
            results.add(LoadRunner.run(
                    "ceiling: bare one-row insert (POST JSON → JPA → commit)",
                    base,
                    clients,
                    each,
                    Long.MAX_VALUE,
                    i -> Request.postJson(
                            "/ceiling/insert", "{\"text\":\"" + generalAnswer(i).replace("\"", "'") + "\"}", null),
                    status -> status == 201,
                    new LoadRunner.Tally()));
            results.add(LoadRunner.run(
                    "general survey answer PUT …/my-answer (a new person each)",
                    base,
                    clients,
                    each,
                    ANSWERS - (nextPerson.get() - 1),
                    i -> newAnswer(general, nextPerson.getAndIncrement()),
                    status -> status == 200,
                    new LoadRunner.Tally()));
        }
        for (int stored = nextPerson.get() - 1; stored < ANSWERS; stored = nextPerson.get() - 1) {
            int upTo = Math.min(ANSWERS, (stored / FILLING_STEP + 1) * FILLING_STEP);
            results.add(LoadRunner.run(
                    String.format(Locale.ROOT, "filling, 64 clients: answers %,d to %,d", stored + 1, upTo),
                    base,
                    64,
                    Duration.ofMinutes(30),
                    upTo - stored,
                    i -> newAnswer(general, nextPerson.getAndIncrement()),
                    status -> status == 200,
                    new LoadRunner.Tally()));
        }
        if (analyze) {
            ParticipationBenchmark.analyze(base);
        }
        results.add(LoadRunner.run(
                "1,000 expertises PUT …/my-answer",
                base,
                16,
                Duration.ofMinutes(10),
                EXPERTISES,
                i -> put(expertise + "my-answer", expertiseAnswer(i), firstExpert + i),
                status -> status == 200,
                new LoadRunner.Tally()));

        results.add(LoadRunner.run("ceiling: one-row JPA read", base, 16, each, i -> "/ceiling/one-row"));
        results.add(LoadRunner.run(
                "general survey results API (100,000 answers)",
                base,
                16,
                each,
                Long.MAX_VALUE,
                i -> admin(general + "results"),
                status -> status == 200,
                new LoadRunner.Tally()));
        results.add(LoadRunner.run(
                "general survey results page",
                base,
                16,
                each,
                Long.MAX_VALUE,
                i -> page("/drafts/" + draft + "/surveys/general-survey/results"),
                status -> status == 200,
                new LoadRunner.Tally()));
        results.add(LoadRunner.run(
                "expertise results API (1,000 expertises, a page of 10)",
                base,
                16,
                each,
                Long.MAX_VALUE,
                i -> admin(expertise + "results?page=" + (1 + i % 100)),
                status -> status == 200,
                new LoadRunner.Tally()));
        results.add(LoadRunner.run(
                "expertise results page",
                base,
                16,
                each,
                Long.MAX_VALUE,
                i -> page("/drafts/" + draft + "/surveys/anti-corruption-expertise/results?page=" + (1 + i % 100)),
                status -> status == 200,
                new LoadRunner.Tally()));

        StringBuilder table = new StringBuilder(LoadRunner.Result.header());
        results.forEach(r -> table.append(r.row()).append('\n'));
        table.append(String.format(
                Locale.ROOT,
                "%nSubmission / bare insert: %.2f at 16 clients, %.2f at 64 clients.%n",
                results.get(1).throughput() / results.get(0).throughput(),
                results.get(3).throughput() / results.get(2).throughput()));
        table.append(
                analyze
                        ? "PostgreSQL's statistics: ANALYZE after the warm-up and after the filling (-Dbench.analyze=true).\n"
                        : "PostgreSQL's statistics: never gathered in the run (-Dbench.analyze=false): those of the tables as seeded.\n");
        Files.writeString(output, table.toString());
        System.out.println(table);
        System.exit(0);
    }

    private static Request newAnswer(String general, int person) {
        return put(general + "my-answer", generalAnswer(person), person);
    }

    private static Request put(String path, String json, int person) {
        Request post = Request.postJson(path, json, "bench-token-" + person);
        return new Request("PUT", post.path(), post.headers(), post.body());
    }

    private static Request admin(String path) {
        return new Request("GET", path, Map.of("Authorization", "Bearer bench-token-0"), null);
    }

    private static Request page(String path) {
        return new Request("GET", path, Map.of("Cookie", "muhokama_session=bench-session"), null);
    }

    /** A varied, valid answer set: compliance (with clauses when not yes), the other required answers, some optional ones. */
    static String generalAnswer(int i) {
        long x = i * 2654435761L + 12345;
        String compliance = COMPLIANCE[(int) Math.floorMod(x >>> 7, 3L)];
        StringBuilder json = new StringBuilder("{\"answers\":{\"compliance\":\"")
                .append(compliance)
                .append('"');
        if (!"yes".equals(compliance)) {
            json.append(",\"compliance.clauses\":[\"")
                    .append(1 + Math.floorMod(x >>> 11, 10L))
                    .append("\",\"")
                    .append(1 + Math.floorMod(x >>> 15, 10L))
                    .append("\"]");
        }
        json.append(",\"referenceNorms\":\"")
                .append(COMPLIANCE[(int) Math.floorMod(x >>> 19, 3L)])
                .append('"')
                .append(",\"contradictingNorms\":\"no\",\"clarity\":")
                .append(1 + Math.floorMod(x >>> 23, 5L))
                .append(",\"personalImpact\":\"positive\",\"respondentType\":\"individual\"");
        if (i % 5 == 0) {
            json.append(",\"otherComments\":\"Taklif ").append(i).append(": muddatni uzaytirish kerak.\"");
        }
        return json.append("}}").toString();
    }

    /** Every factor checked, two of them found present in varying clauses. */
    static String expertiseAnswer(int i) {
        Map<String, String> factors = new LinkedHashMap<>();
        for (int f = 1; f <= 22; f++) {
            factors.put("F%02d".formatted(f), "{\"present\":\"no\"}");
        }
        for (int k = 0; k < 2; k++) {
            int f = 1 + Math.floorMod(i * 7 + k * 11, 22);
            factors.put(
                    "F%02d".formatted(f),
                    "{\"present\":\"yes\",\"clauses\":[\"" + (1 + Math.floorMod(i + k, 10))
                            + "\"],\"explanation\":\"Norma noaniq " + i + "\",\"recommendation\":\"Aniqlashtirish\"}");
        }
        StringBuilder json = new StringBuilder("{\"answers\":{");
        factors.forEach((code, value) ->
                json.append('"').append(code).append("\":").append(value).append(','));
        return json.append("\"conclusion\":\"fixable\",\"expertStatus\":\"independent\"}}")
                .toString();
    }
}
