package uz.muhokama.bench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report benchmark's client (src/bench/run.sh reports): closes the seeded discussions by moving the
 * server's clock, times the report of the big one (the report job run for that draft alone, through the
 * test endpoint) with the server's heap peak around it, then times the upload of a decisions workbook
 * of every proposal of the second draft, and appends the figures to the results file.
 *
 * <p>Arguments: base URL, big draft number, decisions draft number, an API token of each draft's agency's
 * editor, results file.
 */
public final class ReportBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String big = args[1];
        String decisions = args[2];
        String token = args[3];
        String decisionsToken = args[4];
        Path results = Path.of(args[5]);

        send(
                "PUT",
                base + "/api/v1/test/clock",
                "{\"offsetSeconds\": " + Duration.ofDays(120).toSeconds() + "}",
                "application/json",
                null);
        send("POST", base + "/api/v1/test/jobs/discussions", "{}", "application/json", null);

        // The report of the big discussion.
        long baseline = Long.parseLong(send("POST", base + "/ceiling/report/heap/reset", "", "text/plain", null)
                .trim());
        long started = System.nanoTime();
        String run = send("POST", base + "/api/v1/test/jobs/reports?draft=" + big, "{}", "application/json", null);
        double reportSeconds = (System.nanoTime() - started) / 1e9;
        System.out.println("report run: " + run);
        String[] heap = send("GET", base + "/ceiling/report/heap", null, null, null)
                .trim()
                .split(" ");
        String report = send("GET", base + "/api/v1/reports/" + big, null, null, "Bearer " + token);

        // The decisions upload: every proposal of the second draft, accepted.
        send("POST", base + "/api/v1/test/jobs/reports?draft=" + decisions, "{}", "application/json", null);
        List<String> ids = send(
                        "GET", base + "/ceiling/report/comment-ids?draft=" + decisions.substring(3), null, null, null)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        byte[] workbook = decisionsWorkbook(decisions, ids);
        send("POST", base + "/ceiling/report/heap/reset", "", "text/plain", null);
        started = System.nanoTime();
        String upload = send(
                "PUT",
                base + "/api/v1/drafts/" + decisions + "/decisions/workbook",
                workbook,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Bearer " + decisionsToken);
        double uploadSeconds = (System.nanoTime() - started) / 1e9;
        String[] uploadHeap = send("GET", base + "/ceiling/report/heap", null, null, null)
                .trim()
                .split(" ");

        String lines = String.join(
                "\n",
                "",
                "## Report benchmark",
                "",
                "| what | figure |",
                "|---|---|",
                "| report of " + big + " (generation and forwarding, one run of the job) | "
                        + String.format("%.1f s", reportSeconds) + " |",
                "| server heap in use: before (after a full collection) / peak after a collection during / after (full collection) | "
                        + baseline + " / " + heap[0] + " / " + heap[1] + " MB |",
                "| decisions workbook of " + ids.size() + " rows (" + workbook.length / 1024
                        + " KB) uploaded and stored | " + String.format("%.1f s", uploadSeconds) + " |",
                "| server heap in use: peak after a collection during the upload / after (full collection) | "
                        + uploadHeap[0] + " / " + uploadHeap[1] + " MB |",
                "",
                "Report: " + report,
                "Upload: " + upload,
                "");
        Files.writeString(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(lines);
    }

    /** The decisions workbook as the portal makes it: the first sheet's rows, and the very hidden marker sheet. */
    static byte[] decisionsWorkbook(String draft, List<String> ids) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Qarorlar");
            Row header = sheet.createRow(0);
            String[] headers = {"Taklif raqami", "Band", "Taklif", "Izohlar soni", "Qaror", "Asos"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < ids.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(Long.parseLong(ids.get(r)));
                row.createCell(3).setCellValue(1);
                boolean rejected = r % 4 == 0;
                row.createCell(4).setCellValue(rejected ? "Rad etildi" : "Qabul qilindi");
                if (rejected) {
                    row.createCell(5).setCellValue("Amaldagi qonunchilikda nazarda tutilgan, " + r + "-modda.");
                }
            }
            Sheet marker = book.createSheet("muhokama");
            Row values = marker.createRow(0);
            values.createCell(0).setCellValue("muhokama-decisions");
            values.createCell(1).setCellValue("1");
            values.createCell(2).setCellValue(draft);
            book.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String send(String method, String url, Object body, String type, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes
                        ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                        : HttpRequest.BodyPublishers.ofString((String) body);
        HttpResponse<String> response =
                HTTP.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
