package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A journalist reads how each region took part in a period, and how the agency answered, then takes the
 * table away as CSV and Excel; an administrator rebuilds the figures from the raw rows and they are the
 * same; odd periods are refused on their field. The story happens years ahead on the server's clock,
 * so the period holds its own activity only.
 */
class StatisticsIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aJournalistReadsTheRegionalTableAndDownloadsIt() throws IOException {
        Drafts.moveClock(
                http, Duration.ofDays(4000 + ThreadLocalRandom.current().nextInt(2000)));
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        LocalDate firstDay = LocalDate.ofInstant(Drafts.serverNow(http), Reports.TASHKENT);
        Accounts.SignedIn samarkand = Accounts.newCitizen(http);
        Accounts.SignedIn samarkand2 = Accounts.newCitizen(http);
        Accounts.SignedIn andijan = citizenOf("UZ-AN");
        long first = Participation.post(
                http, samarkand, draft.number(), Participation.comment("Birinchi taklif: 3-band aniqlashtirilsin."));
        long second = Participation.post(
                http, samarkand, draft.number(), Participation.comment("Ikkinchi taklif: muddatlar uzaytirilsin."));
        long third = Participation.post(
                http, andijan, draft.number(), Participation.comment("Andijondan taklif: tarif kamaytirilsin."));
        vote(andijan, draft.number(), "SUPPORT");
        vote(samarkand2, draft.number(), "OPPOSE");
        Surveys.answer(http, samarkand2, draft.number(), Surveys.GENERAL, Surveys.general("yes", 4));

        Reports.close(http, draft.closesAt());
        Reports.runJob(http, draft.number());
        String editor = draft.editor().bearer();
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/drafts/" + draft.number() + "/decisions",
                                Decisions.decisions(
                                        String.valueOf(first),
                                        "accepted",
                                        null,
                                        String.valueOf(second),
                                        "partlyAccepted",
                                        "Qisman: muddat 10 kunga.",
                                        String.valueOf(third),
                                        "rejected",
                                        "Tarif qonun bilan belgilanadi."),
                                "Authorization",
                                editor)
                        .status());
        assertEquals(
                200,
                http.postJson(
                                "/api/v1/drafts/" + draft.number() + "/decisions/publication",
                                "{}",
                                "Authorization",
                                editor)
                        .status());

        // The job folds it in; before it, the period shows nothing.
        String period = "from=" + firstDay + "&to=" + firstDay.plusDays(40);
        assertEquals(200, http.postJson("/api/v1/test/jobs/stats", "{}").status());
        Http.Reply read = http.get("/api/v1/stats/regions?" + period + "&lang=en");
        assertEquals(200, read.status(), read::toString);
        JsonObject table = read.json();
        String tag = read.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + read));
        assertEquals(
                304,
                http.get("/api/v1/stats/regions?" + period + "&lang=en", "If-None-Match", tag)
                        .status(),
                "read again unchanged: not modified");
        assertEquals(14, table.getJsonArray("rows").size());
        assertNotNull(table.getString("countedUpTo"));
        assertEquals("2022-01-01", table.getString("populationAsOf"));
        JsonObject sa = rowOf(table, "UZ-SA");
        assertEquals("Samarkand Region", sa.getString("name"));
        assertEquals(2, sa.getInt("participants"));
        assertEquals(2, sa.getInt("comments"));
        assertEquals(1, sa.getInt("votes"));
        assertEquals(1, sa.getInt("surveyAnswers"));
        assertEquals(1, sa.getInt("accepted"));
        assertEquals(1, sa.getInt("partlyAccepted"));
        assertEquals(50.0, sa.getJsonNumber("acceptedShare").doubleValue());
        assertEquals(4031299, sa.getJsonNumber("residents").longValue());
        assertEquals(0.05, sa.getJsonNumber("participantsPer100k").doubleValue());
        JsonObject an = rowOf(table, "UZ-AN");
        assertEquals(1, an.getInt("participants"));
        assertEquals(1, an.getInt("comments"));
        assertEquals(1, an.getInt("rejected"));
        assertEquals(100.0, an.getJsonNumber("rejectedShare").doubleValue());
        JsonObject total = table.getJsonObject("total");
        assertEquals(3, total.getInt("participants"));
        assertEquals(3, total.getInt("comments"));
        assertEquals(2, total.getInt("votes"));
        assertEquals(3, total.getInt("decided"));
        assertEquals(0, table.getJsonObject("regionNotGiven").getInt("comments"));
        assertTrue(table.getJsonObject("regionNotGiven").isNull("residents"));

        // The agency's row: one discussion held, three comments, its decisions and the days to the summary.
        JsonObject justice = rowOf(http.get("/api/v1/stats/agencies?" + period).json(), "ministry-of-justice");
        assertTrue(justice.getInt("discussionsHeld") >= 1);
        JsonObject sector = rowOf(
                http.get("/api/v1/stats/sectors?from=" + firstDay + "&to=" + firstDay.plusDays(40))
                        .json(),
                "justice-courts");
        assertEquals(1, sector.getInt("draftsPublished"));
        assertEquals(1, sector.getInt("discussionsHeld"));
        assertEquals(3, sector.getInt("comments"));
        assertEquals(3, sector.getInt("decided"));
        assertTrue(sector.getJsonNumber("medianDaysToSummary").doubleValue() >= 0);
        JsonObject months = http.get("/api/v1/stats/months?" + period).json();
        assertEquals(3, months.getJsonObject("total").getInt("participants"));
        assertEquals(3, months.getJsonObject("total").getInt("comments"));

        // Downloads: the same rows, headers in the reader's language, CSV parsed by a standard reader.
        Http.Reply csv = http.get("/api/v1/stats/regions/csv?" + period + "&lang=en");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").orElseThrow().contains("muhokama-regions-" + firstDay));
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(csv.body().substring(1)))
                .getRecords();
        assertEquals(16, records.size(), "14 regions, region not given, total");
        CSVRecord samarkandRow = records.stream()
                .filter(r -> "UZ-SA".equals(r.get("Region code")))
                .findFirst()
                .orElseThrow();
        assertEquals("2", samarkandRow.get("Participants"));
        assertEquals("0.05", samarkandRow.get("Participants per 100,000 residents"));
        assertEquals("Total", records.get(15).get("Region"));
        assertEquals("3", records.get(15).get("Comments and proposals"));
        try (XSSFWorkbook book = Reports.open(http.getBytes("/api/v1/stats/regions/workbook?" + period + "&lang=ru"))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("По регионам", sheet.getSheetName());
            assertEquals("Участники", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(2.0, Reports.rowWith(sheet, 0, "UZ-SA").getCell(2).getNumericCellValue());
            assertEquals(16, sheet.getLastRowNum());
        }

        // A rebuild from the raw rows gives the same numbers; only administrators may ask for one.
        assertEquals(401, http.postJson("/api/v1/stats/rebuild", "{}").status());
        assertEquals(
                403,
                http.postJson("/api/v1/stats/rebuild", "{}", "Authorization", samarkand.bearer())
                        .status());
        Http.Reply rebuilt = http.postJson(
                "/api/v1/stats/rebuild",
                "{}",
                "Authorization",
                Accounts.demoAdmin(http).bearer());
        assertEquals(200, rebuilt.status(), rebuilt::toString);
        assertTrue(rebuilt.json().getInt("comments") >= 3);
        assertEquals(
                withoutTime(table),
                withoutTime(
                        http.get("/api/v1/stats/regions?" + period + "&lang=en").json()));
        assertEquals(
                3,
                rowOf(http.get("/api/v1/stats/sectors?" + period).json(), "justice-courts")
                        .getInt("comments"));

        // The page: the chart and the same numbers as a table, the downloads.
        Http.Reply page = http.get("/statistics?" + period + "&lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<svg"), "a chart drawn on the server");
        assertTrue(page.body().contains("Participants per 100,000 residents"));
        assertTrue(page.body().contains("Samarkand Region"));
        assertTrue(
                page.body().contains("/api/v1/stats/regions/csv?" + period.replace("&", "&amp;")),
                "the download keeps the period");
        assertEquals(
                200, http.get("/statistics/agencies?" + period + "&lang=en").status());
        assertEquals(200, http.get("/statistics/months?" + period + "&lang=en").status());
        assertTrue(http.get("/").body().contains("href=\"/statistics\""), "linked from the home page");
    }

    @Test
    void oddPeriodsAreRefusedOnTheirFieldAndChangeNothing() {
        Http.Reply bad = http.get("/api/v1/stats/regions?from=2026-02-30&to=yesterday", "Accept-Language", "en");
        assertEquals(400, bad.status());
        assertEquals("application/problem+json", bad.contentType());
        List<String> fields = bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(List.of("from", "to"), fields);
        Http.Reply backwards = http.get("/api/v1/stats/sectors?from=2026-03-01&to=2026-02-01", "Accept-Language", "ru");
        assertEquals(400, backwards.status());
        assertEquals(
                "Конец периода раньше его начала.",
                backwards.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(400, http.get("/api/v1/stats/months?from=1900-01-01").status());
        assertEquals(400, http.get("/api/v1/stats/agencies/csv?to=%00").status());
        assertEquals(404, http.get("/api/v1/stats/comments/csv").status());
        Http.Reply page = http.get("/statistics?from=31.12.2026&lang=en");
        assertEquals(400, page.status());
        assertTrue(page.body().contains("Give a date as YYYY-MM-DD."), "the form again with the message");
        assertTrue(page.body().contains("value=\"31.12.2026\""), "what was typed is kept");
        assertEquals(404, http.get("/statistics/nothing").status());
    }

    private Accounts.SignedIn citizenOf(String region) {
        String email = Accounts.uniqueEmail("citizen");
        Http.Reply registered = http.postJson(
                "/api/v1/accounts",
                Accounts.registration(email, Accounts.STRONG_PASSWORD, "Dilshod Rahimov", region, "uz"));
        assertEquals(201, registered.status(), registered::toString);
        return new Accounts.SignedIn(
                registered.json().getJsonNumber("id").longValue(),
                email,
                Accounts.STRONG_PASSWORD,
                Accounts.signIn(http, email, Accounts.STRONG_PASSWORD));
    }

    private void vote(Accounts.SignedIn who, String number, String choice) {
        Http.Reply voted = http.putJson(
                "/api/v1/drafts/" + number + "/vote", "{\"vote\": \"" + choice + "\"}", "Authorization", who.bearer());
        assertEquals(200, voted.status(), voted::toString);
    }

    private static JsonObject rowOf(JsonObject table, String code) {
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> code.equals(r.getString("code")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + table));
    }

    private static JsonObject withoutTime(JsonObject table) {
        return Json.createObjectBuilder(table).remove("countedUpTo").build();
    }
}
