package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agency decides on every proposal of its closed discussion (through the decisions workbook, the
 * API or the page), publishes the summary, and the public and each author read the decisions.
 */
class DecisionsIT extends PortalIntegration {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("smtp.port", 3025), null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void anUploadWithOneRejectionWithoutAReasonIsRefusedWholeWithThatRowNamed() {
        Decisions.Closed closed =
                Decisions.closedWithComments(http, List.of("Birinchi taklif.", "Ikkinchi taklif.", "Uchinchi taklif."));
        String number = closed.draft().number();
        String editor = closed.draft().editor().bearer();
        byte[] workbook = Decisions.workbook(http, closed);
        try (XSSFWorkbook book = Reports.open(workbook)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Qarorlar", sheet.getSheetName());
            assertEquals(3, sheet.getLastRowNum(), "a row per proposal");
            assertEquals("Qaror", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(1, sheet.getDataValidations().size(), "the Decision column is a drop-down");
            assertTrue(sheet.getDataValidations()
                    .get(0)
                    .getValidationConstraint()
                    .getExplicitListValues()[0]
                    .equals("Qabul qilindi"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Newest first: the third comment is row 2, the second row 3, the first row 4.
        Map<Long, String[]> filled = new HashMap<>();
        filled.put(closed.comments().get(2), new String[] {"Qabul qilindi", null});
        filled.put(closed.comments().get(1), new String[] {"Rad etildi", null});
        filled.put(closed.comments().get(0), new String[] {"Qisman qabul qilindi", "Qisman: 2-band oʻzgartirildi."});
        Http.Reply refused = http.putBytes(
                "/api/v1/drafts/" + number + "/decisions/workbook",
                Decisions.XLSX,
                Decisions.fill(workbook, filled),
                "Authorization",
                editor,
                "Accept-Language",
                "en");
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(1, refused.json().getJsonArray("errors").size(), refused::toString);
        assertEquals("rows[3].reason", error.getString("field"));
        assertEquals("Row 3: \"Rejected\" needs a reason.", error.getString("message"));
        JsonObject nothing = http.get("/api/v1/drafts/" + number + "/decisions", "Authorization", editor)
                .json()
                .getJsonObject("counts");
        assertEquals(
                0,
                nothing.getInt("accepted") + nothing.getInt("partlyAccepted") + nothing.getInt("rejected"),
                "nothing stored");

        // A proposal of another draft, an unknown decision: each named, in Russian this time.
        Decisions.Closed other = Decisions.closedWithComments(http, List.of("Boshqa loyiha."));
        // The clock moved past the other discussion's end too: a token of a month ago has expired.
        editor = Http.bearer(Accounts.signIn(
                http, closed.draft().editor().email(), closed.draft().editor().password()));
        Map<Long, String[]> wrong = new HashMap<>(filled);
        wrong.put(closed.comments().get(1), new String[] {"Balki", null});
        byte[] wrongBook = Decisions.fill(workbook, wrong);
        Http.Reply unknown = http.putBytes(
                "/api/v1/drafts/" + number + "/decisions/workbook",
                Decisions.XLSX,
                wrongBook,
                "Authorization",
                editor,
                "Accept-Language",
                "ru");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("Строка 3: «Balki» — не решение"), unknown.body());
        Http.Reply foreign = http.putJson(
                "/api/v1/drafts/" + number + "/decisions",
                Decisions.decisions(String.valueOf(other.comments().get(0)), "accepted", null),
                "Authorization",
                editor,
                "Accept-Language",
                "en");
        assertEquals(400, foreign.status());
        assertEquals(
                "Row 1: there is no proposal " + other.comments().get(0) + " in this discussion.",
                foreign.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        // Not the portal's workbook, not an xlsx at all, another draft's workbook.
        assertEquals(
                400,
                http.putBytes(
                                "/api/v1/drafts/" + number + "/decisions/workbook",
                                Decisions.XLSX,
                                "not a workbook".getBytes(StandardCharsets.UTF_8),
                                "Authorization",
                                editor)
                        .status());
        Http.Reply otherDraft = http.putBytes(
                "/api/v1/drafts/" + number + "/decisions/workbook",
                Decisions.XLSX,
                Decisions.workbook(http, other),
                "Authorization",
                editor,
                "Accept-Language",
                "en");
        assertEquals(400, otherDraft.status());
        assertTrue(
                otherDraft.body().contains("for another draft (" + other.draft().number() + ")"), otherDraft.body());

        // Filled right: stored, and may be uploaded again until published.
        filled.put(closed.comments().get(1), new String[] {"Rad etildi", "Amaldagi qonunchilikka zid."});
        JsonObject counts = http.putBytes(
                        "/api/v1/drafts/" + number + "/decisions/workbook",
                        Decisions.XLSX,
                        Decisions.fill(workbook, filled),
                        "Authorization",
                        editor)
                .json();
        assertEquals(1, counts.getInt("accepted"));
        assertEquals(1, counts.getInt("partlyAccepted"));
        assertEquals(1, counts.getInt("rejected"));

        // Another agency's editor, a citizen: the draft's decisions do not exist for them.
        Accounts.SignedIn ministryB = Accounts.newEditor(http, "ministry-of-energy");
        assertEquals(
                404,
                http.get("/api/v1/drafts/" + number + "/decisions", "Authorization", ministryB.bearer())
                        .status());
        assertEquals(
                404,
                http.get("/api/v1/drafts/" + number + "/decisions/workbook", "Authorization", ministryB.bearer())
                        .status());
        assertEquals(
                403,
                http.get(
                                "/api/v1/drafts/" + number + "/decisions",
                                "Authorization",
                                Accounts.newCitizen(http).bearer())
                        .status());
    }

    @Test
    void thePublishedSummaryShows12Accepted3Partly5Rejected() throws Exception {
        List<String> texts =
                IntStream.rangeClosed(1, 20).mapToObj(DecisionsIT::distinctText).toList();
        Decisions.Closed closed = Decisions.closedWithComments(http, texts);
        String number = closed.draft().number();
        String editor = closed.draft().editor().bearer();
        List<String> triples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String decision = i < 12 ? "accepted" : i < 15 ? "partlyAccepted" : "rejected";
            triples.add(String.valueOf(closed.comments().get(i)));
            triples.add(decision);
            triples.add(i < 12 ? null : "Sabab " + i);
        }
        // Before everything is decided, publishing is refused with how many are missing.
        Http.Reply partial = http.putJson(
                "/api/v1/drafts/" + number + "/decisions",
                Decisions.decisions(triples.subList(0, 57).toArray(String[]::new)),
                "Authorization",
                editor);
        assertEquals(200, partial.status(), partial::toString);
        Http.Reply early = http.postJson(
                "/api/v1/drafts/" + number + "/decisions/publication",
                "{}",
                "Authorization",
                editor,
                "Accept-Language",
                "en");
        assertEquals(409, early.status());
        assertTrue(
                early.json().getString("detail").startsWith("1 of 20 proposals have no decision yet"), early::toString);
        // The summary is the agency's alone until published.
        assertEquals(404, http.get("/api/v1/drafts/" + number + "/summary").status());
        assertEquals(
                404,
                http.get(
                                "/api/v1/drafts/" + number + "/summary",
                                "Authorization",
                                closed.authors().get(0).bearer())
                        .status());
        assertEquals(
                200,
                http.get("/api/v1/drafts/" + number + "/summary", "Authorization", editor)
                        .status());

        assertEquals(
                200,
                http.putJson(
                                "/api/v1/drafts/" + number + "/decisions",
                                Decisions.decisions(triples.toArray(String[]::new)),
                                "Authorization",
                                editor)
                        .status());
        Http.Reply published =
                http.postJson("/api/v1/drafts/" + number + "/decisions/publication", "{}", "Authorization", editor);
        assertEquals(200, published.status(), published::toString);

        JsonObject summary =
                http.get("/api/v1/drafts/" + number + "/summary?size=5&page=4").json();
        assertEquals(12, summary.getJsonObject("counts").getInt("accepted"));
        assertEquals(3, summary.getJsonObject("counts").getInt("partlyAccepted"));
        assertEquals(5, summary.getJsonObject("counts").getInt("rejected"));
        assertEquals(20, summary.getInt("total"));
        assertEquals(5, summary.getJsonArray("proposals").size());
        JsonObject oldest = summary.getJsonArray("proposals").getJsonObject(4);
        assertEquals(
                closed.comments().get(0).longValue(), oldest.getJsonNumber("id").longValue());
        assertEquals("accepted", oldest.getString("decision"));
        assertEquals(1, oldest.getInt("count"));
        assertTrue(summary.getString("publishedAt").endsWith("Z"));
        JsonObject rejected = http.get("/api/v1/drafts/" + number + "/summary?size=1")
                .json()
                .getJsonArray("proposals")
                .getJsonObject(0);
        assertEquals("rejected", rejected.getString("decision"));
        assertEquals("Sabab 19", rejected.getString("reason"));

        // Final: no more decisions, no second publication.
        assertEquals(
                409,
                http.postJson("/api/v1/drafts/" + number + "/decisions/publication", "{}", "Authorization", editor)
                        .status());
        assertEquals(
                409,
                http.putJson(
                                "/api/v1/drafts/" + number + "/decisions",
                                Decisions.decisions(triples.subList(0, 3).toArray(String[]::new)),
                                "Authorization",
                                editor)
                        .status());

        // "Summary published" in search and on the draft page.
        JsonObject found =
                http.get("/api/v1/drafts?status=summary-published&q=" + number).json();
        assertEquals(1, found.getInt("total"), found::toString);
        assertEquals(
                "summary-published",
                found.getJsonArray("items").getJsonObject(0).getString("status"));
        String page = http.get("/drafts/" + number + "?lang=en").body();
        assertTrue(page.contains("Summary published"), "the status");
        assertTrue(page.contains("id=\"summary\""), "the summary section");
        Http.Reply summaryPage = http.get("/drafts/" + number + "/summary?lang=en");
        assertEquals(200, summaryPage.status());
        assertTrue(summaryPage.body().contains("Sabab 19"));

        // Downloads: Excel and CSV.
        try (XSSFWorkbook book =
                Reports.open(http.getBytes("/api/v1/drafts/" + number + "/summary/workbook?lang=en"))) {
            assertEquals(20, book.getSheetAt(0).getLastRowNum());
            assertEquals(12, (int) Reports.rowStartingWith(book.getSheetAt(1), "Accepted")
                    .getCell(1)
                    .getNumericCellValue());
        }
        String csv =
                http.get("/api/v1/drafts/" + number + "/summary/csv?lang=en").body();
        assertEquals(21, csv.strip().split("\r\n").length, csv);
        assertTrue(csv.contains("Partly accepted"));

        // Each author is told once (a notification row of the summary's event; its e-mail is the delivery's)
        // and sees the decisions on the profile page.
        Decisions.fanOut(http);
        Decisions.fanOut(http);
        for (Accounts.SignedIn told : closed.authors()) {
            assertEquals(1, Decisions.notified(http, told.id(), number, "SUMMARY_PUBLISHED"), "told once: " + told);
        }
        // ... and by one e-mail each, through the notifications' delivery (run twice: still one), which lists
        // the decisions on their own proposals.
        Notifications.runInstant(http);
        Notifications.runInstant(http);
        for (Accounts.SignedIn told : closed.authors()) {
            List<MimeMessage> mails =
                    Notifications.to(smtp.getReceivedMessages(), new Notifications.Person(told.id(), told.email()));
            assertEquals(1, mails.size(), "one e-mail: " + told);
            assertTrue(mails.get(0).getSubject().contains(number), mails.get(0).getSubject());
        }
        String authorsMail = Notifications.body(Notifications.to(
                        smtp.getReceivedMessages(),
                        new Notifications.Person(
                                closed.authors().get(2).id(),
                                closed.authors().get(2).email()))
                .get(0));
        assertTrue(authorsMail.contains("Sabab 19"), authorsMail);
        Accounts.SignedIn author = closed.authors().get(2);
        Accounts.PageSession session = Accounts.signInOnPage(http, author.email(), author.password());
        String profile = http.get("/me", "Cookie", session.cookies()).body();
        assertTrue(profile.contains("id=\"my-proposal-" + closed.comments().get(19) + "\""), profile);
        assertTrue(profile.contains("Sabab 19"));
        assertFalse(
                profile.contains("id=\"my-proposal-" + closed.comments().get(0) + "\""), "only their own proposals");
    }

    /** Texts far apart, so that campaign grouping leaves each a proposal of its own. */
    private static String distinctText(int seed) {
        String[] words = {
            "soliq",
            "bojxona",
            "litsenziya",
            "tadbirkor",
            "muddat",
            "hisobot",
            "tekshiruv",
            "jarima",
            "imtiyoz",
            "ariza",
            "elektron",
            "kadastr",
            "yer",
            "suv",
            "energiya",
            "taʼlim",
            "maktab",
            "shifoxona",
            "dori",
            "transport",
            "yoʻl",
            "bank",
            "kredit",
            "sugʻurta",
            "pensiya",
            "nafaqa",
            "uy-joy",
            "qurilish",
            "ruxsatnoma",
            "notarius"
        };
        Random random = new Random(seed * 7919L);
        StringBuilder text = new StringBuilder(seed + "-taklif:");
        for (int i = 0; i < 12; i++) {
            text.append(' ').append(words[random.nextInt(words.length)]);
        }
        return text.append('.').toString();
    }

    @Test
    void aCampaignIsOneProposalWithItsCount() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        String campaign = "Ushbu loyihani darhol bekor qilishni talab qilamiz!";
        List<Long> ids = new ArrayList<>();
        List<Accounts.SignedIn> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Accounts.newCitizen(http));
            ids.add(Participation.post(http, members.get(i), draft.number(), Participation.comment(campaign)));
        }
        members.add(Accounts.newCitizen(http));
        long single = Participation.post(http, members.get(5), draft.number(), Participation.comment("Alohida fikr."));
        Reports.close(http, draft.closesAt());
        Reports.runJob(http, draft.number());

        JsonObject page = http.get(
                        "/api/v1/drafts/" + draft.number() + "/decisions",
                        "Authorization",
                        draft.editor().bearer())
                .json();
        assertEquals(2, page.getJsonArray("rows").size(), page::toString);
        JsonObject group = page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("proposal"))
                .filter(p -> p.getInt("comments") == 5)
                .findFirst()
                .orElseThrow();
        assertEquals(
                ids.get(0).longValue(), group.getJsonNumber("id").longValue(), "known by the group's earliest comment");
        assertEquals(1, group.getInt("campaign"));
        // A member that is not the group's proposal is no proposal of its own.
        Http.Reply member = http.putJson(
                "/api/v1/drafts/" + draft.number() + "/decisions",
                Decisions.decisions(String.valueOf(ids.get(3)), "accepted", null),
                "Authorization",
                draft.editor().bearer());
        assertEquals(400, member.status());
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/drafts/" + draft.number() + "/decisions",
                                Decisions.decisions(
                                        String.valueOf(ids.get(0)),
                                        "rejected",
                                        "Asossiz.",
                                        String.valueOf(single),
                                        "accepted",
                                        null),
                                "Authorization",
                                draft.editor().bearer())
                        .status());
        assertEquals(
                200,
                http.postJson(
                                "/api/v1/drafts/" + draft.number() + "/decisions/publication",
                                "{}",
                                "Authorization",
                                draft.editor().bearer())
                        .status());
        JsonObject summary =
                http.get("/api/v1/drafts/" + draft.number() + "/summary").json();
        JsonObject decided = summary.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == ids.get(0))
                .findFirst()
                .orElseThrow();
        assertEquals(5, decided.getInt("count"));
        assertNull(summary.get("missing"));
        Decisions.fanOut(http);
        long told = members.stream()
                .filter(m -> Decisions.notified(http, m.id(), draft.number(), "SUMMARY_PUBLISHED") == 1)
                .count();
        assertEquals(6, told, "every member of the campaign is told");
    }
}
