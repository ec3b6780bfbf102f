package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reader of Uzbek in Cyrillic gets the portal in it: chosen by {@code ?lang=uz-Cyrl} or by the browser, said as
 * {@code uz-Cyrl} in the page and its headers, with the reference names, the errors, the Excel workbooks and the
 * e-mails in Cyrillic; {@code oz} (regulation.gov.uz's name for Latin Uzbek) still means Latin.
 */
class CyrillicInterfaceIT extends PortalIntegration {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("smtp.port", 3025), null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    /** What the Cyrillic pages should say, read from the bundle the portal itself reads. */
    private static final Properties CYRILLIC = bundle("messages_uz_Cyrl");

    private static final Properties LATIN = bundle("messages_uz");

    /** An agency no other story uses, so that its reports may be in Cyrillic for a while. */
    private static final String CYRILLIC_AGENCY = "forestry-committee";

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void theHomePageInCyrillicSaysSoAndNamesTheSectorsInCyrillic() {
        Http.Reply home = http.get("/?lang=uz-Cyrl");
        assertEquals(200, home.status(), home::toString);
        assertTrue(home.body().contains("<html lang=\"uz-Cyrl\""), home.body());
        assertEquals("uz-Cyrl", home.header("Content-Language").orElse(""));
        assertTrue(home.body().contains(CYRILLIC.getProperty("home.sectors")), "the header and headings in Cyrillic");
        assertTrue(home.body().contains(CYRILLIC.getProperty("nav.home")));
        assertTrue(home.body().contains("Тадбиркорлик фаолияти"), "a sector's Cyrillic name from the data");
        assertTrue(home.body().contains("aria-current=\"true\">Ўзбекча</a>"), "the switcher marks Ўзбекча current");
        String cookie = home.header("Set-Cookie").orElse("");
        assertTrue(cookie.contains("muhokama_lang=uz-Cyrl"), cookie);

        // Any case of the tag; and the remembered choice without ?lang= on the next page.
        assertTrue(http.get("/?lang=uz-cyrl").body().contains("<html lang=\"uz-Cyrl\""));
        Http.Reply remembered = http.get("/", "Cookie", "muhokama_lang=uz-Cyrl");
        assertEquals("uz-Cyrl", remembered.header("Content-Language").orElse(""));

        Http.Reply sector = http.get("/sectors/energy?lang=uz-Cyrl");
        assertEquals(200, sector.status(), sector::toString);
        assertTrue(sector.body().contains("Энергетика"), sector.body());
    }

    @Test
    void theBrowserChoosesCyrillicByUzCyrlUzAndLatinByOz() {
        Http.Reply cyrillic = http.get("/", "Accept-Language", "uz-Cyrl-UZ,uz;q=0.8,ru;q=0.5");
        assertTrue(cyrillic.body().contains("<html lang=\"uz-Cyrl\""), cyrillic.body());
        assertEquals("uz-Cyrl", cyrillic.header("Content-Language").orElse(""));

        Http.Reply latin = http.get("/", "Accept-Language", "oz,ru;q=0.5");
        assertTrue(latin.body().contains("<html lang=\"uz\""), latin.body());
        assertTrue(latin.body().contains(LATIN.getProperty("home.sectors")));
        assertEquals("uz", http.get("/?lang=uz-Latn").header("Content-Language").orElse(""));
    }

    @Test
    void referenceNamesAndErrorsOfTheApiComeInCyrillic() {
        JsonObject justice = http.get("/api/v1/agencies?lang=uz-Cyrl").jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getString("code").equals("ministry-of-justice"))
                .findFirst()
                .orElseThrow();
        assertEquals("Адлия вазирлиги", justice.getString("name"));
        assertEquals("Adliya vazirligi", justice.getJsonObject("names").getString("uz"));
        assertEquals("Адлия вазирлиги", justice.getJsonObject("names").getString("uz-Cyrl"));
        JsonObject law = http.get("/api/v1/act-types", "Accept-Language", "uz-Cyrl").jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getString("code").equals("law"))
                .findFirst()
                .orElseThrow();
        assertEquals("Қонун (шу жумладан кодекс)", law.getString("name"));

        Http.Reply problem = http.get("/api/v1/no-such-thing", "Accept-Language", "uz-Cyrl");
        assertEquals(404, problem.status());
        assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
        assertEquals(CYRILLIC.getProperty("problem.status.404"), problem.json().getString("title"));
        assertEquals(CYRILLIC.getProperty("problem.not-found"), problem.json().getString("detail"));
        assertEquals("uz-Cyrl", problem.header("Content-Language").orElse(""));
    }

    @Test
    void statisticsAndFeedsComeInCyrillic() {
        Http.Reply statistics = http.get("/statistics/sectors?lang=uz-Cyrl");
        assertEquals(200, statistics.status(), statistics::toString);
        assertTrue(statistics.body().contains(CYRILLIC.getProperty("stats.sectors.heading")), statistics.body());

        Http.Reply feed = http.get("/feeds/sectors/energy.atom?lang=uz-Cyrl");
        assertEquals(200, feed.status(), feed::toString);
        assertTrue(feed.body().contains("xml:lang=\"uz-Cyrl\""), feed.body());
        String title = CYRILLIC.getProperty("feed.title.sector");
        assertTrue(feed.body().contains(title.substring(0, title.indexOf('{'))), feed.body());
        assertTrue(feed.body().contains("Энергетика"), feed.body());
    }

    @Test
    void anAgencyWritingInCyrillicGetsItsReportItsMailAndItsDecisionsWorkbookInCyrillic() throws Exception {
        reportLanguage(CYRILLIC_AGENCY, "uz-Cyrl");
        try {
            Surveys.OpenDraft draft = Surveys.openDraft(http, CYRILLIC_AGENCY);
            Participation.post(
                    http,
                    Accounts.newCitizen(http),
                    draft.number(),
                    Participation.comment("Muddatni uzaytirish kerak."));
            Reports.close(http, draft.closesAt());
            Reports.runJob(http, draft.number());

            byte[] report = http.getBytes(
                    "/api/v1/reports/" + draft.number() + "/workbook",
                    "Authorization",
                    draft.editor().bearer());
            try (XSSFWorkbook book = Reports.open(report)) {
                assertEquals(
                        CYRILLIC.getProperty("report.sheet.summary"),
                        book.getSheetAt(0).getSheetName());
            }
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subjectOf(m).contains(draft.number()))
                    .findFirst()
                    .orElseThrow();
            assertEquals("uz-Cyrl", mail.getHeader("Content-Language", null));
            assertEquals(CYRILLIC.getProperty("report.mail.subject").replace("{0}", draft.number()), mail.getSubject());

            byte[] workbook = http.getBytes(
                    "/api/v1/drafts/" + draft.number() + "/decisions/workbook",
                    "Authorization",
                    draft.editor().bearer());
            try (XSSFWorkbook book = Reports.open(workbook)) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals(CYRILLIC.getProperty("report.decisions.sheet"), sheet.getSheetName());
                assertEquals(
                        CYRILLIC.getProperty("report.proposal.decision"),
                        sheet.getRow(0).getCell(4).getStringCellValue());
                assertEquals(
                        CYRILLIC.getProperty("report.decision.accepted"),
                        sheet.getDataValidations()
                                .get(0)
                                .getValidationConstraint()
                                .getExplicitListValues()[0],
                        "the decision drop-down in Cyrillic too");
            }
        } finally {
            reportLanguage(CYRILLIC_AGENCY, "uz");
        }
    }

    @Test
    void aPersonReadingCyrillicGetsTheirEmailInCyrillic() throws Exception {
        String email = Accounts.uniqueEmail("cyrillic");
        Http.Reply registered = http.postJson(
                "/api/v1/accounts",
                Accounts.registration(email, Accounts.STRONG_PASSWORD, "Азиза Каримова", "UZ-SA", "uz-Cyrl"));
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("uz-Cyrl", registered.json().getString("language"));
        long id = registered.json().getJsonNumber("id").longValue();
        String bearer = Http.bearer(Accounts.signIn(http, email, Accounts.STRONG_PASSWORD));
        assertEquals(
                201,
                http.postJson(
                                "/api/v1/me/follows",
                                "{\"target\": \"sector\", \"code\": \"energy\"}",
                                "Authorization",
                                bearer)
                        .status());
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/me/notification-settings",
                                "{\"frequencies\": {\"new-drafts\": \"instant\"}}",
                                "Authorization",
                                bearer)
                        .status());

        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String word = "energiyaxon" + UUID.randomUUID().toString().substring(0, 8);
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Energiya " + word));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Decisions.fanOut(http);
        Notifications.runInstant(http);

        List<MimeMessage> mails = Notifications.to(smtp.getReceivedMessages(), new Notifications.Person(id, email));
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("uz-Cyrl", mail.getHeader("Content-Language", null));
        assertTrue(mail.getSubject().contains(number), mail.getSubject());
        assertTrue(mail.getSubject().matches(".*\\p{IsCyrillic}{3,}.*"), mail.getSubject());
        String footer = CYRILLIC.getProperty("notification.mail.footer.topic");
        String body = Notifications.body(mail);
        assertTrue(body.contains(footer.substring(0, footer.indexOf('«'))), body);
        assertTrue(body.contains("lang=uz-Cyrl"), "its links open the Cyrillic pages: " + body);
        // The draft was written in Latin only: its Cyrillic title is the portal's, and the e-mail says so.
        String generated =
                CYRILLIC.getProperty("draft.generated.plain").replace("{0}", "").strip();
        assertTrue(mail.getSubject().contains(generated) || body.contains(generated), body);

        // So does a feed entry, where no page can mark it.
        Http.Reply feed = http.get("/feeds/drafts.atom?q=" + word + "&lang=uz-Cyrl");
        assertEquals(200, feed.status(), feed::toString);
        assertTrue(feed.body().contains("Энергия") && feed.body().contains(generated), feed.body());

        // The one-click link's page, opened from the e-mail, is in Cyrillic too.
        Http.Reply unsubscribe = http.get(Notifications.unsubscribePath(mail));
        assertEquals(200, unsubscribe.status(), unsubscribe::toString);
        assertTrue(unsubscribe.body().contains("<html lang=\"uz-Cyrl\""), unsubscribe.body());
    }

    /** Which language an agency's reports are in is reference data; a test hook sets it (and puts it back). */
    private void reportLanguage(String agency, String tag) {
        Http.Reply set = http.exchange(
                "PUT",
                "/api/v1/test/agencies/" + agency + "/report-language",
                "text/plain",
                tag.getBytes(StandardCharsets.UTF_8));
        assertEquals(204, set.status(), set::toString);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String name) {
        try (InputStream in = CyrillicInterfaceIT.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
