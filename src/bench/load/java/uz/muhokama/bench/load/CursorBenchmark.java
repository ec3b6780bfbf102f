package uz.muhokama.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyset cursors (issue 38): a draft's comments read oldest first a hundred at a time, the first page
 * against a page {@code depth} rows deep reached by following the cursors; a cursor must cost no more
 * the deeper it points (goal: the deep page's rate at least 0.8 of the first's). Arguments: base URL,
 * draft number, depth, seconds per measurement, results file.
 */
public final class CursorBenchmark {

    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CursorBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String list = "/api/v1/drafts/" + args[1] + "/comments?sort=oldest&size=100";
        long depth = Long.parseLong(args[2]);
        Duration each = Duration.ofSeconds(Long.parseLong(args[3]));
        Path output = Path.of(args[4]);

        long started = System.nanoTime();
        String deep = list;
        for (long seen = 0; seen < depth; seen += 100) {
            String body = HTTP.send(
                            HttpRequest.newBuilder(base.resolve(deep)).GET().build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher next = NEXT.matcher(body);
            if (!next.find()) {
                throw new IllegalStateException("the list ended before " + depth + " rows, at " + seen);
            }
            deep = list + "&cursor=" + next.group(1);
        }
        double walkSeconds = (System.nanoTime() - started) / 1e9;
        String deepPath = deep;
        LoadRunner.Result first =
                WrkLoad.reads("comments, first page (100, oldest first)", base, 16, each, 1, i -> list);
        LoadRunner.Result far = WrkLoad.reads(
                String.format(Locale.ROOT, "comments, the page %,d rows deep by cursor", depth),
                base,
                16,
                each,
                1,
                i -> deepPath);
        String text = "\n## Cursor benchmark\n\n" + LoadRunner.Result.header()
                + String.join("\n", List.of(first.row(), far.row()))
                + String.format(
                        Locale.ROOT,
                        "\n\nThe deep page's rate is %.2f of the first page's (goal ≥ 0.8); walking there page by page "
                                + "took %.1f s (%,.0f pages a second).%n",
                        far.throughput() / first.throughput(),
                        walkSeconds,
                        depth / 100 / walkSeconds);
        Files.writeString(output, text);
        System.out.println(text);
    }
}
