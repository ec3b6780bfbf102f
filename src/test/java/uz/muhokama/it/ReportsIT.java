package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When a discussion closes, one report of everything said is written and forwarded to the drafting
 * agency: into the delivery folder, into the agency's inbox on the portal, and by e-mail.
 */
class ReportsIT extends PortalIntegration {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("smtp.port", 3025), null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private static final String AGENCY = "ministry-of-justice";

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aDiscussionClosesAndOneReportAppearsInTheFolderTheAgencysInboxAndTheSmtpServer() throws Exception {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn other = Accounts.newCitizen(http);
        long onDraft = Participation.post(
                http, citizen, draft.number(), Participation.comment("Loyiha juda foydali, qoʻllab-quvvatlayman."));
        long formula = Participation.post(
                http, other, draft.number(), Participation.commentOnClause("=HYPERLINK(\"http://x\",\"y\")", "3"));
        long reply = Participation.post(http, other, draft.number(), Participation.reply("Men ham roziman.", onDraft));
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/drafts/" + draft.number() + "/vote",
                                "{\"vote\":\"SUPPORT\"}",
                                "Authorization",
                                citizen.bearer())
                        .status());
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/drafts/" + draft.number() + "/vote",
                                "{\"vote\":\"OPPOSE\"}",
                                "Authorization",
                                other.bearer())
                        .status());
        Accounts.SignedIn expert = Surveys.newExpert(http);
        Surveys.answer(http, expert, draft.number(), Surveys.EXPERTISE, Surveys.expertise("fixable", "F05", "3"));
        Surveys.answer(http, citizen, draft.number(), Surveys.GENERAL, Surveys.general("yes", 4));

        Reports.close(http, draft.closesAt());
        JsonObject run = Reports.runJob(http, draft.number());
        assertEquals(List.of(draft.number()), strings(run, "generated"), run::toString);
        assertEquals(
                List.of(draft.number() + ":folder", draft.number() + ":inbox", draft.number() + ":email"),
                strings(run, "stepsDone"),
                run::toString);

        // 1. The delivery folder: <agency>/<number>-<closing date>.xlsx
        Path file = Reports.deliveredFile(AGENCY, draft.number(), draft.closesAt());
        assertTrue(Files.isRegularFile(file), file::toString);

        // 2. The agency's inbox: listed, and downloadable by its editors.
        JsonObject listed =
                http
                        .get("/api/v1/reports", "Authorization", draft.editor().bearer())
                        .json()
                        .getJsonArray("items")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(r -> r.getString("draft").equals(draft.number()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("delivered", listed.getString("state"));
        assertEquals(file.getFileName().toString(), listed.getString("fileName"));
        byte[] downloaded = http.getBytes(
                "/api/v1/reports/" + draft.number() + "/workbook",
                "Authorization",
                draft.editor().bearer());
        assertTrue(Arrays.equals(Files.readAllBytes(file), downloaded), "the inbox serves the delivered file");

        try (XSSFWorkbook workbook = Reports.open(downloaded)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals("Umumiy maʼlumot", sheets.get(0), sheets::toString);
            assertEquals("Izohlar", sheets.get(1), sheets::toString);
            assertEquals("Takliflar", sheets.get(sheets.size() - 1), sheets::toString);
            assertEquals(5, sheets.size(), "summary, comments, expertise, general survey, proposals: " + sheets);

            Sheet summary = workbook.getSheetAt(0);
            assertEquals(
                    draft.number(),
                    Reports.rowStartingWith(summary, "Loyiha").getCell(1).getStringCellValue());
            assertEquals(2, (int)
                    Reports.rowStartingWith(summary, "Izohlar").getCell(1).getNumericCellValue());
            assertEquals(1, (int)
                    Reports.rowStartingWith(summary, "Javoblar").getCell(1).getNumericCellValue());
            assertEquals(1, (int) Reports.rowStartingWith(summary, "«Yoqlayman» ovozlari")
                    .getCell(1)
                    .getNumericCellValue());
            assertEquals(1, (int) Reports.rowStartingWith(summary, "«Qarshiman» ovozlari")
                    .getCell(1)
                    .getNumericCellValue());
            Cell closed =
                    Reports.rowStartingWith(summary, "Muhokama yakunlangan").getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(closed), "a real Excel date");
            assertEquals(
                    draft.closesAt().atZone(Reports.TASHKENT).toLocalDateTime(), closed.getLocalDateTimeCellValue());
            Row samarkand = Reports.rowStartingWith(summary, "Samarqand viloyati");
            assertEquals(2, (int) samarkand.getCell(1).getNumericCellValue(), "both citizens are of Samarkand");
            assertEquals(3, (int) samarkand.getCell(2).getNumericCellValue(), "two comments and a reply");

            Sheet comments = workbook.getSheetAt(1);
            assertTrue(comments.getPaneInformation().isFreezePane(), "the header row is frozen");
            Row formulaRow = Reports.rowWith(comments, 0, String.valueOf(formula));
            Cell text = formulaRow.getCell(9);
            assertEquals(CellType.STRING, text.getCellType(), "never a formula");
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", text.getStringCellValue());
            assertTrue(text.getCellStyle().getQuotePrefixed(), "Excel keeps it text when the cell is edited");
            assertEquals("3", formulaRow.getCell(1).getStringCellValue());
            assertEquals(onDraft, (long) Reports.rowWith(comments, 0, String.valueOf(reply))
                    .getCell(3)
                    .getNumericCellValue());

            Sheet expertise = workbook.getSheetAt(2);
            Row matrixHeader = expertise.getRow(3);
            assertNotNull(matrixHeader, "the factor × clause matrix");
            assertEquals("3-band", matrixHeader.getCell(2).getStringCellValue());

            Sheet proposals = workbook.getSheetAt(4);
            assertEquals(3, proposals.getLastRowNum(), "two comments and a reply, each a proposal");
            assertEquals("Qaror", proposals.getRow(0).getCell(5).getStringCellValue());
        }

        // 3. The e-mail to the agency's address, with the inbox link.
        List<MimeMessage> mails = mailsAbout(draft.number());
        assertEquals(1, mails.size());
        assertEquals(
                AGENCY + "@agencies.muhokama.uz",
                mails.get(0).getAllRecipients()[0].toString());
        String body = GreenMailUtil.getBody(mails.get(0));
        assertTrue(body.contains("/agency/reports"), body);

        // The report is made once: another run finds nothing to do.
        JsonObject again = Reports.runJob(http, draft.number());
        assertEquals(List.of(), strings(again, "generated"));
        assertEquals(List.of(), strings(again, "stepsDone"));
        assertEquals(1, mailsAbout(draft.number()).size());
    }

    @Test
    void twoJobRunnersAtOnceMakeOneReport() throws Exception {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Participation.post(http, citizen, draft.number(), Participation.comment("Bir marta."));
        Reports.close(http, draft.closesAt());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<JsonObject>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> Reports.runJob(new Http(base), draft.number()));
            }
            List<String> generated = new ArrayList<>();
            List<String> done = new ArrayList<>();
            for (Future<JsonObject> f : pool.invokeAll(runs)) {
                generated.addAll(strings(f.get(), "generated"));
                done.addAll(strings(f.get(), "stepsDone"));
            }
            // Runs that found a step still claimed by another may leave it to a later run.
            done.addAll(strings(Reports.runJob(http, draft.number()), "stepsDone"));
            assertEquals(List.of(draft.number()), generated);
            assertEquals(3, done.size(), done::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, mailsAbout(draft.number()).size());
        try (var files = Files.list(
                Reports.deliveredFile(AGENCY, draft.number(), draft.closesAt()).getParent())) {
            assertEquals(
                    1,
                    files.filter(f -> f.getFileName().toString().startsWith(draft.number() + "-"))
                            .count());
        }
    }

    @Test
    void theSmtpServerIsDownThenUpTheMailGoesOnce() throws Exception {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Reports.close(http, draft.closesAt());
        smtp.stop();
        JsonObject run = Reports.runJob(http, draft.number());
        assertEquals(List.of(draft.number() + ":email"), strings(run, "stepsFailed"), run::toString);

        JsonObject failed = http.get(
                        "/api/v1/reports/" + draft.number(),
                        "Authorization",
                        Accounts.demoAdmin(http).bearer())
                .json();
        assertEquals("failed", failed.getString("state"));
        JsonObject email = failed.getJsonArray("steps").getJsonObject(2);
        assertEquals("email", email.getString("step"));
        assertEquals("failed", email.getString("state"));
        assertTrue(
                email.getString("lastError").contains("MailConnectException")
                        || email.getString("lastError").contains("onnect"),
                email::toString);
        assertNotNull(email.getString("nextAttemptAt"));
        // The agency already has it in the inbox while the e-mail waits.
        assertEquals(
                200,
                http.get(
                                "/api/v1/reports/" + draft.number(),
                                "Authorization",
                                draft.editor().bearer())
                        .status());

        smtp.start();
        assertEquals(
                List.of(),
                strings(Reports.runJob(http, draft.number()), "stepsDone"),
                "not before the next attempt is due");
        long offset = http.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
        Drafts.moveClock(http, Duration.ofSeconds(offset + 31));
        assertEquals(List.of(draft.number() + ":email"), strings(Reports.runJob(http, draft.number()), "stepsDone"));
        assertEquals(List.of(), strings(Reports.runJob(http, draft.number()), "stepsDone"));
        assertEquals(1, mailsAbout(draft.number()).size());
        assertEquals(
                "delivered",
                http.get(
                                "/api/v1/reports/" + draft.number(),
                                "Authorization",
                                draft.editor().bearer())
                        .json()
                        .getString("state"));

        String metrics = http.get("/metrics").body();
        assertTrue(metrics.contains("muhokama_reports_generated_total"), "operators count the reports written");
        assertTrue(
                metrics.contains("muhokama_reports_retries_total{") && metrics.contains("step=\"email\""),
                "and the e-mail attempt that will be retried");
    }

    @Test
    void ministryBCannotDownloadMinistryAsReport() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Reports.close(http, draft.closesAt());
        Reports.runJob(http, draft.number());
        String workbook = "/api/v1/reports/" + draft.number() + "/workbook";
        assertEquals(
                200,
                http.get(workbook, "Authorization", draft.editor().bearer()).status());

        Accounts.SignedIn ministryB = Accounts.newEditor(http, "ministry-of-energy");
        assertEquals(
                404, http.get(workbook, "Authorization", ministryB.bearer()).status());
        assertEquals(
                404,
                http.get("/api/v1/reports/" + draft.number(), "Authorization", ministryB.bearer())
                        .status());
        assertTrue(
                http.get("/api/v1/reports", "Authorization", ministryB.bearer()).json().getJsonArray("items").stream()
                        .noneMatch(r -> r.asJsonObject().getString("draft").equals(draft.number())));
        Accounts.PageSession page = Accounts.signInOnPage(http, ministryB.email(), ministryB.password());
        assertEquals(
                404,
                http.get("/agency/reports/" + draft.number() + "/workbook", "Cookie", page.cookies())
                        .status());
        assertFalse(http.get("/agency/reports", "Cookie", page.cookies()).body().contains(draft.number()));

        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        assertEquals(404, http.get(workbook, "Authorization", citizen.bearer()).status());
        assertEquals(
                403,
                http.get("/api/v1/reports", "Authorization", citizen.bearer()).status());
        assertEquals(401, http.get(workbook).status());
        assertEquals(
                403,
                http.get("/api/v1/reports/all", "Authorization", draft.editor().bearer())
                        .status());
    }

    @Test
    void theAgencysInboxPageAndTheAdministratorsPageShowTheReport() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Reports.close(http, draft.closesAt());
        Reports.runJob(http, draft.number());

        Accounts.PageSession editor = Accounts.signInOnPage(
                http, draft.editor().email(), draft.editor().password());
        Http.Reply inbox = http.get("/agency/reports", "Cookie", editor.cookies());
        assertEquals(200, inbox.status());
        assertTrue(inbox.body().contains("/agency/reports/" + draft.number() + "/workbook"), inbox.body());
        Http.Reply download = http.get("/agency/reports/" + draft.number() + "/workbook", "Cookie", editor.cookies());
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition").orElseThrow().contains(draft.number()));

        Accounts.PageSession admin = Accounts.signInOnPage(http, Accounts.DEMO_ADMIN, Accounts.DEMO_PASSWORD);
        Http.Reply page = http.get("/admin/reports", "Cookie", admin.cookies());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"report-" + draft.number() + "\""), page.body());
        // Nothing failed: "try again" is refused with the reason, on the page and over the API.
        Http.Reply retry = http.postForm(
                "/admin/reports/" + draft.number() + "/retry",
                Map.of("_csrf", admin.csrf()),
                "Cookie",
                admin.cookies());
        assertEquals(409, retry.status());
        assertTrue(retry.body().contains("Nothing of this report has failed"), retry.body());
        assertEquals(
                409,
                http.postJson(
                                "/api/v1/reports/" + draft.number() + "/retry",
                                "{}",
                                "Authorization",
                                Accounts.demoAdmin(http).bearer())
                        .status());
        assertEquals(403, http.get("/admin/reports", "Cookie", editor.cookies()).status());
    }

    private static List<String> strings(JsonObject run, String field) {
        return run.getJsonArray(field).getValuesAs(JsonString::getString);
    }

    private static List<MimeMessage> mailsAbout(String number) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(number + " ")) {
                found.add(m);
            }
        }
        return found;
    }
}
