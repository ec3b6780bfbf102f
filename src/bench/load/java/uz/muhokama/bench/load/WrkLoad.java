package uz.muhokama.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load from Debian's {@code wrk} rather than from this package's own client, wherever wrk measures the
 * same thing: a well-kept tool that reads the same tail as the Java client on this machine
 * (docs/benchmarks.md). Reads (the ceiling's one-row read, the draft page, the draft API, search) run
 * {@code wrk -t2 -cN -dS --latency --timeout 30s -s src/bench/wrk-paths.lua URL -- paths.txt}, the paths
 * written in the order the Java client would ask them; comment intake and the bare insert run
 * {@code src/bench/wrk-comments.lua} (a fresh text and the next person's token per request). Each
 * script's done() prints a WRK-RESULT line, parsed into the same {@link LoadRunner.Result} row as the
 * Java client's. wrk's own output is kept under {@code target/bench/wrk}. wrk corrects its percentiles
 * for coordinated omission (each latency of twice the mean interval or more adds the ones queued behind
 * it), so a long tail reads somewhat higher than in the Java client's raw latencies (docs/benchmarks.md).
 *
 * <p>What stays with the Java client, and why, is said where those loads are built
 * (ParticipationBenchmark, SurveyBenchmark): a load that must account for every request it sent (wrk
 * runs for a time, not a count, and stops with requests in flight whose answers it never reports).
 *
 * <p>Settings: {@code -Dbench.load=java} (BENCH_LOAD=java) makes these measurements with the Java
 * client instead (as before 2026-12-07); {@code -Dbench.wrk=/path/to/wrk}, {@code -Dbench.wrk.scripts=…}
 * (the folder of the Lua scripts), {@code -Dbench.wrk.dir=…} (where wrk's output goes).
 */
final class WrkLoad {

    private static final Pattern RESULT =
            Pattern.compile("WRK-RESULT requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p95_us=(\\d+) "
                    + "p99_us=(\\d+) connect=(\\d+) read=(\\d+) write=(\\d+) timeout=(\\d+) status=(\\d+)");

    private WrkLoad() {}

    /** Whether what wrk can measure is measured by wrk (the default) rather than by the Java client. */
    static boolean enabled() {
        return "wrk".equals(System.getProperty("bench.load", "wrk"));
    }

    /**
     * A read measurement: by wrk unless {@code -Dbench.load=java}. {@code distinct} paths are taken in
     * turn ({@code path.apply(0 … distinct - 1)}), which is what the Java client asks when its request
     * index goes round them.
     */
    static LoadRunner.Result reads(
            String name,
            URI base,
            int clients,
            Duration duration,
            int distinct,
            IntFunction<String> path,
            String... headers)
            throws Exception {
        if (!enabled()) {
            if (headers.length > 0) {
                throw new IllegalArgumentException("the Java client's GETs carry no headers");
            }
            return LoadRunner.run(name, base, clients, duration, path);
        }
        return run(name, base, clients, duration, distinct, path, headers);
    }

    /** One read measurement by wrk: the paths written to a file, wrk-paths.lua run over them. */
    static LoadRunner.Result run(
            String name,
            URI base,
            int clients,
            Duration duration,
            int distinct,
            IntFunction<String> path,
            String... headers)
            throws IOException, InterruptedException {
        Path paths = dir().resolve(slug(name) + ".paths");
        List<String> lines = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            lines.add(path.apply(i));
        }
        Files.write(paths, lines, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(paths.toString()));
        args.addAll(List.of(headers));
        return run(name, base, clients, duration, "wrk-paths.lua", args);
    }

    /**
     * One measurement of comments posted by wrk (wrk-comments.lua): request i of the run posts a fresh text
     * to {@code path}, with the token of person {@code first + (i + shift) % people}, or none if
     * {@code first} is negative. A success is any answer below 400 (the portal answers 201).
     */
    static LoadRunner.Result posts(
            String name, URI base, int clients, Duration duration, String path, int first, int people, int shift)
            throws IOException, InterruptedException {
        return run(
                name,
                base,
                clients,
                duration,
                "wrk-comments.lua",
                List.of(
                        path,
                        String.valueOf(threads(clients)),
                        String.valueOf(first),
                        String.valueOf(Math.max(1, people)),
                        String.valueOf(shift)));
    }

    private static int threads(int clients) {
        return Math.min(clients, Integer.getInteger("bench.client.threads", 2));
    }

    private static Path dir() throws IOException {
        Path dir = Path.of(System.getProperty("bench.wrk.dir", "target/bench/wrk"));
        Files.createDirectories(dir);
        return dir;
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    }

    /** wrk with one of the scripts and its arguments: its output saved, its result parsed. */
    private static LoadRunner.Result run(
            String name, URI base, int clients, Duration duration, String script, List<String> args)
            throws IOException, InterruptedException {
        Path dir = dir();
        String slug = slug(name);
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("bench.wrk", "wrk"),
                "-t" + threads(clients),
                "-c" + clients,
                "-d" + duration.toSeconds() + "s",
                "--latency",
                "--timeout",
                "30s",
                "-s",
                Path.of(System.getProperty("bench.wrk.scripts", "src/bench"), script)
                        .toString(),
                base.toString(),
                "--"));
        command.addAll(args);
        Process wrk;
        try {
            wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new IllegalStateException(
                    "wrk did not start (" + missing.getMessage() + "): install it (apt-get install wrk) "
                            + "or measure with the Java client (-Dbench.load=java, BENCH_LOAD=java)",
                    missing);
        }
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = wrk.waitFor();
        Files.writeString(
                dir.resolve(slug + "-c" + clients + ".txt"),
                String.join(" ", command) + "\n" + output + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (exit != 0) {
            throw new IllegalStateException("wrk failed (exit " + exit + ") for " + name + ":\n" + output);
        }
        return parse(name, clients, output);
    }

    /** The row of wrk's output: the WRK-RESULT line the scripts' done() printed. */
    static LoadRunner.Result parse(String name, int clients, String output) {
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no WRK-RESULT line in wrk's output for " + name + ":\n" + output);
        }
        long requests = Long.parseLong(m.group(1));
        double seconds = Long.parseLong(m.group(2)) / 1e6;
        long errors = 0;
        for (int g = 6; g <= 10; g++) {
            errors += Long.parseLong(m.group(g));
        }
        return new LoadRunner.Result(
                name,
                clients,
                requests,
                errors,
                seconds,
                Long.parseLong(m.group(3)) / 1000.0,
                Long.parseLong(m.group(4)) / 1000.0,
                Long.parseLong(m.group(5)) / 1000.0,
                "wrk");
    }
}
