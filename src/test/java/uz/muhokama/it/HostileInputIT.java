package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile caller sends a corpus of awkward and malicious input through every write operation of the
 * served OpenAPI document and through the pages' forms: never a 5xx or a stack trace, a localized
 * problem for each refusal, refused input never accepted, and accepted text stored exactly and shown
 * escaped (names inside {@code <bdi>}).
 */
class HostileInputIT extends PortalIntegration {

    /** Text the portal must accept and give back exactly. */
    static final Map<String, String> ACCEPTED = new LinkedHashMap<>();
    /** Text the portal must refuse on its field. */
    static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        ACCEPTED.put("script", "<script>alert('xss')</script> & \"quotes\"");
        ACCEPTED.put("handler", "<img src=x onerror=alert(1)>");
        ACCEPTED.put("formula", "=HYPERLINK(\"http://evil.example\",\"click\")");
        ACCEPTED.put("plus", "+1+1");
        ACCEPTED.put("minus", "-2+3");
        ACCEPTED.put("at", "@SUM(A1:A9)");
        ACCEPTED.put("rtl", "Aziz \u202Ekitob\u202C va\u200B\u200D\uFEFF oxir");
        ACCEPTED.put("emoji", "Zoʻr 👍🏽 🇺🇿 𝕏");
        ACCEPTED.put("uzbek", "Oʻzbekiston gʻalabasi — Ўзбекистон");
        ACCEPTED.put("lines", "bir\nikki\tuch");
        REFUSED.put("nul", "a\u0000b");
        REFUSED.put("bell", "a\u0007b");
        REFUSED.put("escape", "\u001b[31mred");
        REFUSED.put("c1", "a\u0085b");
        REFUSED.put("lone-high", "a\ud800b");
        REFUSED.put("lone-low", "a\udc00b");
    }

    static final String MEGABYTE = "ш".repeat(1 << 20);

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    // ---------------------------------------------------------------- text stored exactly, shown escaped

    @Test
    void acceptedTextIsStoredExactlyAndShownEscapedWithNamesIsolated() {
        String number = Participation.openDraft(http, "Xavfli matn");
        String name = "Aziz \u202Eovon\u202C Karimov";
        String email = Accounts.uniqueEmail("rtl");
        Http.Reply registered = http.postJson(
                "/api/v1/accounts",
                "{\"email\": \"" + email + "\", \"password\": \"" + Accounts.STRONG_PASSWORD + "\", \"fullName\": "
                        + json(name) + ", \"region\": \"UZ-SA\", \"language\": \"en\"}");
        assertEquals(201, registered.status(), registered::toString);
        Accounts.SignedIn author = new Accounts.SignedIn(
                registered.json().getJsonNumber("id").longValue(),
                email,
                Accounts.STRONG_PASSWORD,
                Accounts.signIn(http, email, Accounts.STRONG_PASSWORD));
        assertEquals(
                name,
                http.get("/api/v1/me", "Authorization", author.bearer()).json().getString("fullName"));

        Map<String, Long> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> text : ACCEPTED.entrySet()) {
            if (ids.size() == 9) {
                break; // ten comments a minute per person; the tenth kind is checked through the draft below
            }
            ids.put(
                    text.getKey(),
                    Participation.post(http, author, number, "{\"text\": " + json(text.getValue()) + "}"));
        }
        JsonArray items = http.get("/api/v1/drafts/" + number + "/comments?size=100")
                .json()
                .getJsonArray("items");
        for (Map.Entry<String, Long> posted : ids.entrySet()) {
            JsonObject comment = items.getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonNumber("id").longValue() == posted.getValue())
                    .findFirst()
                    .orElseThrow();
            assertEquals(ACCEPTED.get(posted.getKey()), comment.getString("text"), posted.getKey() + " stored exactly");
            assertEquals(name, comment.getJsonObject("author").getString("name"));
        }

        Accounts.PageSession session = Accounts.signInOnPage(http, email, Accounts.STRONG_PASSWORD);
        String page = http.get("/drafts/" + number + "?lang=en", "Cookie", session.cookies())
                .body();
        assertFalse(page.contains("<script>alert"), "a script is shown as text");
        assertFalse(page.contains("<img src=x"), "an event handler is shown as text");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.contains("Zoʻr 👍🏽 🇺🇿 𝕏"), "emoji survive the page's UTF-8 writer");
        assertTrue(
                page.contains("<bdi>" + name + "</bdi>"),
                "an author's name is isolated: its override cannot reorder the line");
        assertTrue(http.get("/me?lang=en", "Cookie", session.cookies()).body().contains("<bdi>" + name + "</bdi>"));

        // Every accepted kind through a draft's fields (titles, summaries, clause headings and texts), read back.
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        StringBuilder clauses = new StringBuilder();
        int n = 1;
        for (String text : ACCEPTED.values()) {
            clauses.append(n == 1 ? "" : ",")
                    .append("{\"number\": \"")
                    .append(n++)
                    .append("\", \"heading\": ")
                    .append(json(text))
                    .append(", \"text\": ")
                    .append(json(text))
                    .append('}');
        }
        String created = Drafts.create(
                http,
                editor,
                "{\"titleUz\": " + json(ACCEPTED.get("rtl")) + ", \"titleRu\": " + json(ACCEPTED.get("formula"))
                        + ", \"titleEn\": " + json(ACCEPTED.get("script")) + ", \"summaryUz\": "
                        + json(ACCEPTED.get("lines"))
                        + ", \"actType\": \"law\", \"sector\": \"energy\", \"needsRia\": false, \"clauses\": ["
                        + clauses + "]}");
        JsonObject draft = http.get("/api/v1/drafts/" + created, "Authorization", editor.bearer())
                .json();
        assertEquals(ACCEPTED.get("rtl"), draft.getJsonObject("titles").getString("uz"), draft::toString);
        assertEquals(ACCEPTED.get("formula"), draft.getJsonObject("titles").getString("ru"));
        assertEquals(ACCEPTED.get("lines"), draft.getJsonObject("summaries").getString("uz"));
        List<String> expected = new ArrayList<>(ACCEPTED.values());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    expected.get(i),
                    draft.getJsonArray("clauses").getJsonObject(i).getString("text"));
            assertEquals(
                    expected.get(i),
                    draft.getJsonArray("clauses").getJsonObject(i).getString("heading"));
        }
    }

    // ---------------------------------------------------------------- refusals on their field

    @Test
    void controlAndBrokenCharactersAreRefusedOnTheirFieldAndNothingIsStored() {
        String number = Participation.openDraft(http, "Boshqaruv belgilari");
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        for (Map.Entry<String, String> text : REFUSED.entrySet()) {
            Http.Reply refused = http.postJson(
                    "/api/v1/drafts/" + number + "/comments?lang=ru",
                    "{\"text\": " + json(text.getValue()) + "}",
                    "Authorization",
                    citizen.bearer());
            assertProblem(refused, 400);
            assertEquals(
                    "text",
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    text.getKey());
            assertTrue(
                    refused.json()
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("message")
                            .matches(".*[а-я].*"),
                    "in Russian: " + refused);
        }
        assertEquals(
                0, http.get("/api/v1/drafts/" + number + "/comments").json().getInt("total"), "nothing stored");

        Http.Reply name = http.postJson(
                "/api/v1/accounts",
                "{\"email\": \"" + Accounts.uniqueEmail("nul") + "\", \"password\": \"" + Accounts.STRONG_PASSWORD
                        + "\", \"fullName\": \"Aziz\\u0000a\", \"region\": \"UZ-SA\", \"language\": \"uz\"}");
        assertProblem(name, 400);
        assertEquals(
                "fullName", name.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        // The page form: the same refusal beside its field, the form shown again, nothing stored.
        Accounts.PageSession session = Accounts.signInOnPage(http, citizen.email(), citizen.password());
        Http.Reply form = http.postForm(
                "/drafts/" + number + "/comments?lang=en",
                Map.of("_csrf", session.csrf(), "text", "Yashirin\u0007qoʻngʻiroq"),
                "Cookie",
                session.cookies());
        assertEquals(400, form.status(), form::toString);
        assertTrue(form.body().contains("control character"), form.body());
        assertTrue(form.body().contains("<textarea"), "the form again");
        Http.Reply register = http.postForm(
                "/register?lang=en",
                Map.of(
                        "_csrf",
                        session.csrf(),
                        "email",
                        Accounts.uniqueEmail("bell"),
                        "password",
                        Accounts.STRONG_PASSWORD,
                        "fullName",
                        "Bell\u0007Name",
                        "region",
                        "UZ-SA",
                        "language",
                        "en"),
                "Cookie",
                session.cookies());
        assertEquals(400, register.status(), register::toString);
        assertTrue(register.body().contains("control character"), register.body());
        assertEquals(
                0, http.get("/api/v1/drafts/" + number + "/comments").json().getInt("total"));
    }

    @Test
    void numbersBooleansDatesAndBodiesAreReadStrictly() {
        String number = Participation.openDraft(http, "Qatʼiy raqamlar");
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String comments = "/api/v1/drafts/" + number + "/comments?lang=en";
        long first = Participation.post(http, citizen, number, Participation.comment("Birinchi"));
        for (String wrong : List.of(first + ".5", "18446744073709551621", "1e400", "\"" + first + "\"", "true")) {
            Http.Reply refused = http.postJson(
                    comments, "{\"text\": \"Javob\", \"replyTo\": " + wrong + "}", "Authorization", citizen.bearer());
            assertProblem(refused, 400);
            assertEquals(
                    "replyTo",
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    wrong);
        }
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        for (String wrong : List.of("\"true\"", "\"yes\"", "1")) {
            Http.Reply refused = http.postJson(
                    "/api/v1/drafts",
                            Drafts.lawWithThreeClauses("Mantiqiy")
                                    .replace("\"needsRia\": false", "\"needsRia\": " + wrong),
                    "Authorization", editor.bearer());
            assertProblem(refused, 400);
            assertEquals(
                    "needsRia",
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        for (String body : List.of(
                "",
                "null",
                "[]",
                "[{\"text\": \"massiv\"}]",
                "\"matn\"",
                "{\"text\": \"a\"",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))) {
            assertProblem(http.postJson(comments, body, "Authorization", citizen.bearer()), 400);
        }
        Http.Reply notUtf8 = send(
                "POST",
                comments,
                "application/json",
                bytes("{\"text\": \"Bu ", new byte[] {(byte) 0xC3, (byte) 0x28}, " notoʻgʻri\"}"),
                "Authorization",
                citizen.bearer());
        assertProblem(notUtf8, 400);
        assertEquals(
                "body", notUtf8.json().getJsonArray("errors").getJsonObject(0).getString("field"), notUtf8::toString);
        assertTrue(notUtf8.body().contains("UTF-8"), notUtf8::toString);
        assertEquals(
                1,
                http.get("/api/v1/drafts/" + number + "/comments").json().getInt("total"),
                "only the first comment stored");

        // Bodies are held in memory to be checked: one larger than 4 MB is refused before it is read whole.
        Http.Reply huge = http.postJson(
                comments, "{\"text\": \"" + "a".repeat(4 * 1024 * 1024) + "\"}", "Authorization", citizen.bearer());
        assertProblem(huge, 413);
        assertTrue(huge.json().getString("detail").contains("4 MB"), huge::toString);

        assertProblem(
                http.post(comments, "text/plain", "{\"text\": \"matn\"}", "Authorization", citizen.bearer()), 415);
        assertProblem(
                send(
                        "POST",
                        comments,
                        null,
                        "{\"text\": \"matn\"}".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        citizen.bearer()),
                415);

        // A form that is not UTF-8: refused (the container's error page, localized), not read as U+FFFD.
        Accounts.PageSession session = Accounts.signInOnPage(http, citizen.email(), citizen.password());
        Http.Reply form = send(
                "POST",
                "/drafts/" + number + "/comments",
                "application/x-www-form-urlencoded",
                ("_csrf=" + session.csrf() + "&text=Bu+%C3%28+notogri").getBytes(StandardCharsets.US_ASCII),
                "Cookie",
                session.cookies());
        assertEquals(400, form.status(), form::toString);
        assertTrue(form.contentType().startsWith("text/html"), form::toString);
        assertTrue(
                form.body().contains("<html lang=\"en\"") && form.body().contains("Invalid request"),
                "in the reader's language: " + form.body());
        Http.Reply surrogate = send(
                "POST",
                "/drafts/" + number + "/comments",
                "application/x-www-form-urlencoded",
                ("_csrf=" + session.csrf() + "&text=a%ED%A0%80b").getBytes(StandardCharsets.US_ASCII),
                "Cookie",
                session.cookies());
        assertEquals(400, surrogate.status(), "an encoded lone surrogate is not UTF-8: " + surrogate);
        Http.Reply apiForm = send(
                "POST",
                "/api/v1/accounts?lang=en",
                "application/x-www-form-urlencoded",
                "email=%FF".getBytes(StandardCharsets.US_ASCII));
        assertProblem(apiForm, 400);
        assertEquals(
                1, http.get("/api/v1/drafts/" + number + "/comments").json().getInt("total"));
    }

    @Test
    void textsLongerThanTheirColumnsAndDatesOutOfRangeAreRefusedOnTheirField() {
        Surveys.OpenDraft open = Surveys.openDraft(http);
        String extensions = "/api/v1/drafts/" + open.number() + "/extensions?lang=en";
        Instant later = open.closesAt().plus(Duration.ofDays(5));
        assertField(
                http.postJson(
                        extensions,
                        "{\"closesAt\": \"" + later + "\", \"reason\": " + json("s".repeat(2001)) + "}",
                        "Authorization",
                        open.editor().bearer()),
                "reason");
        assertField(
                http.postJson(
                        extensions,
                        "{\"closesAt\": \"+999999999-12-31T23:59:59Z\", \"reason\": \"Uzoq\"}",
                        "Authorization",
                        open.editor().bearer()),
                "closesAt");
        assertField(
                http.postJson(
                        extensions,
                        "{\"closesAt\": \"" + open.closesAt().plus(Duration.ofDays(91)) + "\", \"reason\": \"Uzoq\"}",
                        "Authorization",
                        open.editor().bearer()),
                "closesAt");
        assertField(
                http.postJson(
                        extensions,
                        "{\"closesAt\": \"" + later + "\", \"reason\": \"Sabab\\u0007\"}",
                        "Authorization",
                        open.editor().bearer()),
                "reason");
        JsonObject draft = http.get("/api/v1/drafts/" + open.number()).json();
        assertEquals(
                0,
                draft.getJsonObject("discussion").getJsonArray("extensions").size(),
                "nothing extended, the draft still reads");
        assertEquals(200, http.get("/drafts/" + open.number()).status());
        assertEquals(
                200,
                http.postJson(
                                extensions,
                                "{\"closesAt\": \"" + later + "\", \"reason\": " + json(ACCEPTED.get("rtl")) + "}",
                                "Authorization",
                                open.editor().bearer())
                        .status());
        assertEquals(
                ACCEPTED.get("rtl"),
                http.get("/api/v1/drafts/" + open.number())
                        .json()
                        .getJsonObject("discussion")
                        .getJsonArray("extensions")
                        .getJsonObject(0)
                        .getString("reason"));

        assertField(
                http.postJson(
                        "/api/v1/drafts/" + open.number() + "/withdrawal?lang=en",
                        "{\"reason\": " + json("w".repeat(2001)) + "}",
                        "Authorization",
                        open.editor().bearer()),
                "reason");
        assertEquals(
                "open",
                http.get("/api/v1/drafts/" + open.number())
                        .json()
                        .getJsonObject("discussion")
                        .getString("status"));

        // An expert application: an approval's note and a decline's reason have columns too; a blank reason is none.
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        Accounts.SignedIn applicant = Accounts.newCitizen(http);
        Http.Reply applied = http.postJson(
                "/api/v1/expert-applications",
                "{\"status\": \"independent\", \"organisation\": "
                        + json(ACCEPTED.get("formula")) + ", \"qualification\": " + json(ACCEPTED.get("emoji"))
                        + ", \"statement\": "
                        + json(ACCEPTED.get("script")) + "}",
                "Authorization",
                applicant.bearer());
        assertEquals(201, applied.status(), applied::toString);
        long application = applied.json().getJsonNumber("id").longValue();
        assertEquals(ACCEPTED.get("formula"), applied.json().getString("organisation"));
        assertField(
                http.postJson(
                        "/api/v1/expert-applications/" + application + "/approval?lang=en",
                        "{\"reason\": " + json("n".repeat(2001)) + "}",
                        "Authorization",
                        admin.bearer()),
                "reason");
        assertField(
                http.postJson(
                        "/api/v1/expert-applications/" + application + "/decline?lang=en",
                        "{\"reason\": \"   \"}",
                        "Authorization",
                        admin.bearer()),
                "reason");
        assertEquals(
                "pending",
                http.get("/api/v1/expert-applications/mine", "Authorization", applicant.bearer())
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("state"));

        // The RIA's dates: a review in year +999999999 cannot be stored.
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String unpublished =
                Drafts.create(http, editor, Drafts.lawWithThreeClauses("RIA sanalari " + UUID.randomUUID()));
        for (String date : List.of("+999999999-12-31", "0001-01-01", "2026-02-30")) {
            Http.Reply refused = http.putJson(
                    "/api/v1/drafts/" + unpublished + "/ria?lang=en",
                    "{\"level\": \"basic\", \"indicators\": [{\"name\": \"n\","
                            + " \"baseline\": \"b\", \"target\": \"t\", \"dataSource\": \"d\", \"reviewOn\": \"" + date
                            + "\", \"evaluationOn\": \"2031-01-01\"}]}",
                    "Authorization",
                    editor.bearer());
            assertField(refused, "indicators[0].reviewOn");
        }
        assertEquals(
                404,
                http.get("/api/v1/drafts/" + unpublished + "/ria", "Authorization", editor.bearer())
                        .status(),
                "nothing stored");

        // A questionnaire definition nested a thousand deep, over the API and pasted into the editor's form.
        String deep = "{\"code\": \"general-survey\", \"title\": " + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertProblem(
                http.putJson("/api/v1/questionnaires/general-survey?lang=en", deep, "Authorization", admin.bearer()),
                400);
        Accounts.PageSession adminPage = Accounts.signInOnPage(http, Accounts.DEMO_ADMIN, Accounts.DEMO_PASSWORD);
        Http.Reply pasted = http.postForm(
                "/admin/questionnaires/general-survey/definition?lang=en",
                Map.of("_csrf", adminPage.csrf(), "definition", deep),
                "Cookie",
                adminPage.cookies());
        assertEquals(400, pasted.status(), pasted::toString);
        assertTrue(pasted.body().contains("nested too deeply"), pasted.body());
    }

    @Test
    void aRejectionNeedsAReasonThatIsNotBlank() {
        Decisions.Closed closed =
                Decisions.closedWithComments(http, List.of("Birinchi taklif matni", "Ikkinchi taklif boshqa"));
        String decisions = "/api/v1/drafts/" + closed.draft().number() + "/decisions?lang=en";
        JsonArray rows = http.get(
                        decisions, "Authorization", closed.draft().editor().bearer())
                .json()
                .getJsonArray("rows");
        long proposal = rows.getJsonObject(0)
                .getJsonObject("proposal")
                .getJsonNumber("id")
                .longValue();
        for (String reason : List.of("\"   \"", "\"\\u0000\"", json("r".repeat(4001)))) {
            Http.Reply refused = http.putJson(
                    decisions,
                    "{\"decisions\": [{\"proposal\": " + proposal + ", \"decision\": \"rejected\", \"reason\": "
                            + reason + "}]}",
                    "Authorization",
                    closed.draft().editor().bearer());
            assertProblem(refused, 400);
            assertTrue(
                    refused.json()
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("field")
                            .endsWith(".reason"),
                    refused::toString);
        }
        // The decisions workbook, over the API and through the page's upload: a control character, a blank reason,
        // garbage.
        byte[] workbook = Decisions.workbook(http, closed);
        String upload = "/api/v1/drafts/" + closed.draft().number() + "/decisions/workbook?lang=en";
        for (String reason : List.of("Sabab\u0000", "Sabab\u0007", "   ")) {
            Http.Reply refused = http.putBytes(
                    upload,
                    Decisions.XLSX,
                    Decisions.fill(workbook, Map.of(proposal, new String[] {"Rad etildi", reason})),
                    "Authorization",
                    closed.draft().editor().bearer());
            assertProblem(refused, 400);
        }
        assertProblem(
                http.putBytes(
                        upload,
                        Decisions.XLSX,
                        "=HYPERLINK(1)\u0000".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        closed.draft().editor().bearer()),
                400);
        Accounts.PageSession page = Accounts.signInOnPage(
                http, closed.draft().editor().email(), closed.draft().editor().password());
        for (byte[] file : List.of(
                Decisions.fill(workbook, Map.of(proposal, new String[] {"Rad etildi", "Sabab\u0007"})),
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1})) {
            Http.Reply refused = http.postFile(
                    "/agency/drafts/" + closed.draft().number() + "/decisions/workbook?lang=en&_csrf=" + page.csrf(),
                    "file",
                    "qarorlar.xlsx",
                    Decisions.XLSX,
                    file,
                    "Cookie",
                    page.cookies());
            assertEquals(400, refused.status(), refused::toString);
            assertTrue(refused.body().contains("<form"), "the page again with the message");
        }
        assertTrue(
                http
                        .get(decisions, "Authorization", closed.draft().editor().bearer())
                        .json()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .allMatch(r -> !r.containsKey("decision") || r.isNull("decision")),
                "nothing stored");
        Http.Reply stored = http.putJson(
                decisions,
                "{\"decisions\": [{\"proposal\": " + proposal + ", \"decision\": \"rejected\", \"reason\": "
                        + json(ACCEPTED.get("formula")) + "}]}",
                "Authorization",
                closed.draft().editor().bearer());
        assertEquals(200, stored.status(), stored::toString);
        assertEquals(
                ACCEPTED.get("formula"),
                http
                        .get(decisions, "Authorization", closed.draft().editor().bearer())
                        .json()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(r ->
                                r.getJsonObject("proposal").getJsonNumber("id").longValue() == proposal)
                        .findFirst()
                        .orElseThrow()
                        .getString("reason"));
    }

    // ---------------------------------------------------------------- the sweep of the page forms

    @Test
    void everyMainPageFormSurvivesTheCorpus() {
        Surveys.OpenDraft open = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        long comment = Participation.post(http, citizen, open.number(), Participation.comment("Sahifa uchun izoh"));
        Accounts.PageSession reader = Accounts.signInOnPage(http, citizen.email(), citizen.password());
        Accounts.PageSession editor =
                Accounts.signInOnPage(http, open.editor().email(), open.editor().password());
        String anonymous = http.get("/sign-in").cookieValue("muhokama_csrf").orElseThrow();
        Accounts.PageSession visitor =
                new Accounts.PageSession("muhokama_csrf=" + anonymous + "; muhokama_lang=en", anonymous);
        String draft = "/drafts/" + open.number();
        String later = LocalDateTime.ofInstant(open.closesAt().plus(Duration.ofDays(3)), Reports.TASHKENT)
                .withSecond(0)
                .withNano(0)
                .toString();
        List<Object[]> forms = List.of(
                new Object[] {
                    "/register",
                    visitor,
                    Map.of(
                            "email",
                            Accounts.uniqueEmail("form"),
                            "password",
                            Accounts.STRONG_PASSWORD,
                            "fullName",
                            "Ali Valiyev",
                            "region",
                            "UZ-SA",
                            "language",
                            "en"),
                    List.of("fullName", "email", "region", "language", "password")
                },
                new Object[] {
                    "/sign-in",
                    visitor,
                    Map.of("email", citizen.email(), "password", "notoʻgʻri", "next", "/"),
                    List.of("email", "password", "next")
                },
                new Object[] {draft + "/comments", reader, Map.of("text", "Izoh"), List.of("text", "clause", "replyTo")
                },
                new Object[] {draft + "/comments/" + comment + "/edit", reader, Map.of("text", "Izoh"), List.of("text")
                },
                new Object[] {
                    draft + "/comments/" + comment + "/flag", reader, Map.of("reason", "Haqorat"), List.of("reason")
                },
                new Object[] {
                    draft + "/surveys/" + Surveys.GENERAL,
                    reader,
                    Map.of(
                            "compliance",
                            "partly",
                            "compliance.clauses",
                            "2",
                            "referenceNorms",
                            "no",
                            "contradictingNorms",
                            "no",
                            "clarity",
                            "3"),
                    List.of("otherComments", "compliance.conflictingAct", "clarity", "compliance", "compliance.clauses")
                },
                new Object[] {
                    "/expert-application",
                    reader,
                    Map.of("status", "independent", "qualification", "Huquqshunos", "statement", "Ariza"),
                    List.of("organisation", "qualification", "statement", "status")
                },
                new Object[] {
                    "/agency/drafts/new",
                    editor,
                    Map.of(
                            "titleUz",
                            "Sahifa loyihasi",
                            "actType",
                            "law",
                            "sector",
                            "energy",
                            "clauseNumber",
                            "1",
                            "clauseText",
                            "Matn"),
                    List.of("titleUz", "titleRu", "summaryUz", "clauseHeading", "clauseText", "clauseNumber", "actType")
                },
                new Object[] {
                    "/agency/drafts/" + open.number() + "/extend",
                    editor,
                    Map.of("closesAt", later, "reason", "Sabab"),
                    List.of("reason", "closesAt")
                });
        List<String> texts = new ArrayList<>(ACCEPTED.values());
        int firstRefused = texts.size();
        // A lone surrogate has no UTF-8 form: a form can only carry its would-be bytes (%ED%A0%80), which are
        // refused as not UTF-8 (numbersBooleansDatesAndBodiesAreReadStrictly); URL-encoding it here would send '?'.
        List<String> refused = REFUSED.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("lone"))
                .map(Map.Entry::getValue)
                .toList();
        texts.addAll(refused);
        texts.add("+999999999-12-31T23:59");
        texts.add(MEGABYTE);
        int requests = 0;
        for (Object[] form : forms) {
            String path = (String) form[0];
            Accounts.PageSession session = (Accounts.PageSession) form[1];
            @SuppressWarnings("unchecked")
            Map<String, String> base = (Map<String, String>) form[2];
            @SuppressWarnings("unchecked")
            List<String> fields = (List<String>) form[3];
            for (int i = 0; i < texts.size(); i++) {
                Map<String, String> values = new LinkedHashMap<>(base);
                String field = fields.get(i % fields.size());
                values.put(field, texts.get(i));
                values.put("_csrf", session.csrf());
                Http.Reply reply = http.postForm(path + "?lang=en", values, "Cookie", session.cookies());
                requests++;
                String what = "POST " + path + " " + field + " = item " + i;
                if (reply.status() >= 500
                        || reply.body().contains("Exception")
                        || reply.body().contains("\tat ")) {
                    failures.add(what + " → " + reply.status() + " " + abbreviate(reply.body()));
                } else if (i >= firstRefused
                        && i < firstRefused + refused.size()
                        && reply.status() == 303
                        && !path.equals("/sign-in")) {
                    failures.add(what + " (refused text) was accepted: "
                            + reply.header("Location").orElse(""));
                } else if (reply.status() == 400 && !reply.body().contains("<form")) {
                    failures.add(what + " → 400 without the form again");
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        System.out.printf("HostileInputIT: %d page form requests%n", requests);
    }

    // ---------------------------------------------------------------- the sweep of the API document

    @Test
    void everyWriteOperationOfTheApiDocumentSurvivesTheCorpus() {
        Fixtures f = new Fixtures();
        JsonObject document = http.get("/openapi", "Accept", "application/json").json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        int operations = 0;
        int requests = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String address = f.address(path.getKey());
                String[] auth = f.auth(path.getKey(), method);
                String where = method.toUpperCase() + " " + path.getKey();
                JsonObject content = operation.containsKey("requestBody")
                        ? operation.getJsonObject("requestBody").getJsonObject("content")
                        : null;
                JsonObject schema = content != null && content.containsKey("application/json")
                        ? resolve(content.getJsonObject("application/json").getJsonObject("schema"), schemas)
                        : null;
                // The body as a whole: not UTF-8, nested 10,000 deep, empty, null, an array, wrong and missing types.
                for (Map.Entry<String, byte[]> body : bodies().entrySet()) {
                    Http.Reply reply = send(method.toUpperCase(), address, "application/json", body.getValue(), auth);
                    requests++;
                    survived(where + " body " + body.getKey(), reply, schema != null);
                }
                survived(
                        where + " text/plain",
                        send(method.toUpperCase(), address, "text/plain", "{}".getBytes(StandardCharsets.UTF_8), auth),
                        false);
                survived(
                        where + " no type",
                        send(method.toUpperCase(), address, null, "{}".getBytes(StandardCharsets.UTF_8), auth),
                        false);
                requests += 2;
                if (schema == null) {
                    continue;
                }
                // Each field kind gets each item of its corpus once, in turn through the fields of that kind.
                Map<String, List<List<Object>>> fields = new LinkedHashMap<>();
                Object base = sample(schema, schemas, new ArrayList<>(), fields, 0);
                boolean megabyteSent = false;
                for (Map.Entry<String, List<List<Object>>> kind : fields.entrySet()) {
                    List<Item> items = corpus(kind.getKey());
                    if (kind.getKey().equals("string") && !megabyteSent) {
                        items = new ArrayList<>(items);
                        items.add(new Item("1 MB", json(MEGABYTE), false));
                        megabyteSent = true;
                    }
                    for (int i = 0; i < items.size(); i++) {
                        List<Object> at =
                                kind.getValue().get(i % kind.getValue().size());
                        Item item = items.get(i);
                        String body = write(replace(base, at, 0, new Raw(item.json())));
                        Http.Reply reply = send(
                                method.toUpperCase(),
                                address,
                                "application/json",
                                body.getBytes(StandardCharsets.UTF_8),
                                auth);
                        requests++;
                        survived(where + " " + at + " = " + item.name(), reply, item.refused());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(operations >= 30, "the document lists every write operation: " + operations);
        System.out.printf("HostileInputIT: %d write operations, %d requests%n", operations, requests);
    }

    /** The people, drafts and ids the sweep's addresses need, made once. */
    private final class Fixtures {
        final Surveys.OpenDraft open = Surveys.openDraft(http);
        final Accounts.SignedIn editor = open.editor();
        final String unpublished =
                Drafts.create(http, editor, Drafts.lawWithThreeClauses("Supurish " + UUID.randomUUID()));
        final String doomed =
                Drafts.create(http, editor, Drafts.lawWithThreeClauses("Qaytarib olinadigan " + UUID.randomUUID()));
        final Accounts.SignedIn citizen = Accounts.newCitizen(http);
        final Accounts.SignedIn leaving = Accounts.newCitizen(http);
        final Accounts.SignedIn admin = Accounts.demoAdmin(http);
        final Accounts.SignedIn moderator = Accounts.demoModerator(http);
        final long comment =
                Participation.post(http, citizen, open.number(), Participation.comment("Supurish uchun izoh"));
        final long application = http.postJson(
                        "/api/v1/expert-applications",
                        "{\"status\": \"independent\", \"qualification\": \"Huquqshunos\","
                                + " \"statement\": \"Ariza\"}",
                        "Authorization",
                        Accounts.newCitizen(http).bearer())
                .json()
                .getJsonNumber("id")
                .longValue();

        String address(String template) {
            String number = template.contains("/withdrawal")
                    ? doomed
                    : template.contains("/publish") || template.contains("/ria") ? unpublished : open.number();
            // Editing an unpublished draft in place is left to its own fix (uq_clause_no, fixed in parallel):
            // the sweep edits the published draft, which makes new versions.
            String id = template.startsWith("/api/v1/accounts/")
                    ? Long.toString(citizen.id())
                    : template.contains("expert-applications")
                            ? Long.toString(application)
                            : template.contains("attachments") ? "999999999" : Long.toString(comment);
            return template.replace("{number}", number).replace("{id}", id).replace("{code}", "general-survey")
                    + "?lang=en";
        }

        String[] auth(String template, String method) {
            Accounts.SignedIn who;
            if (template.equals("/api/v1/tokens/current")) {
                who = leaving;
            } else if (template.equals("/api/v1/accounts") || template.equals("/api/v1/tokens")) {
                return new String[0];
            } else if (template.contains("/moderation/")) {
                who = moderator;
            } else if (template.startsWith("/api/v1/accounts/")
                    || template.contains("/expert-applications/{id}")
                    || template.contains("/reports")
                    || (template.equals("/api/v1/questionnaires/{code}") && method.equals("put"))) {
                who = admin;
            } else if (template.equals("/api/v1/drafts")
                    || template.contains("/publish")
                    || template.contains("/extensions")
                    || template.contains("/withdrawal")
                    || template.contains("/attachments")
                    || template.contains("/ria")
                    || template.contains("/decisions")
                    || (template.equals("/api/v1/drafts/{number}") && method.equals("put"))) {
                who = editor;
            } else {
                who = citizen;
            }
            return new String[] {"Authorization", who.bearer()};
        }
    }

    /** One item of the corpus: its JSON text, and whether it must be refused. */
    record Item(String name, String json, boolean refused) {}

    static List<Item> corpus(String kind) {
        List<Item> items = new ArrayList<>();
        switch (kind) {
            case "string" -> {
                ACCEPTED.forEach((name, text) -> items.add(new Item(name, json(text), false)));
                REFUSED.forEach((name, text) -> items.add(new Item(name, json(text), true)));
                items.add(new Item("object for text", "{\"a\": 1}", true));
            }
            case "integer" -> {
                items.add(new Item("1.5", "1.5", true));
                items.add(new Item("2^64+5", "18446744073709551621", true));
                items.add(new Item("1e400", "1e400", true));
                items.add(new Item("string number", "\"7\"", true));
                items.add(new Item("boolean", "true", true));
                items.add(new Item("negative", "-1", false));
            }
            case "number" -> {
                items.add(new Item("1e400", "1e400", true));
                items.add(new Item("string", "\"x\"", true));
            }
            case "boolean" -> {
                items.add(new Item("\"true\"", "\"true\"", true));
                items.add(new Item("\"yes\"", "\"yes\"", true));
                items.add(new Item("1", "1", true));
            }
            case "date-time" -> {
                items.add(new Item("year +999999999", "\"+999999999-12-31T23:59:59Z\"", true));
                items.add(new Item("year -999999999", "\"-999999999-01-01T00:00:00Z\"", true));
                items.add(new Item("month 13", "\"2026-13-40T25:61:00Z\"", true));
                items.add(new Item("words", "\"tomorrow\"", true));
            }
            case "date" -> {
                items.add(new Item("year +999999999", "\"+999999999-12-31\"", true));
                items.add(new Item("30 February", "\"2026-02-30\"", true));
                items.add(new Item("words", "\"ertaga\"", true));
            }
            case "enum" -> {
                items.add(new Item("unknown code", "\"NO_SUCH_CODE\"", true));
                items.add(new Item("number", "42", true));
            }
            case "array" -> {
                items.add(new Item("text for list", "\"x\"", true));
                items.add(new Item("object for list", "{}", true));
                items.add(new Item("nulls", "[null, null]", false));
            }
            default -> {
                items.add(new Item("array for object", "[1, 2]", true));
                items.add(new Item("text for object", "\"x\"", true));
            }
        }
        return items;
    }

    static Map<String, byte[]> bodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put(
                "not UTF-8",
                bytes("{\"text\": \"", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28}, "\"}"));
        bodies.put("10,000 deep", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "10,000 deep objects",
                ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        bodies.put("empty", new byte[0]);
        bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("array", "[{}]".getBytes(StandardCharsets.UTF_8));
        bodies.put("truncated", "{\"a\": ".getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    /** Never a 5xx, never a stack trace; a refusal is a problem; refused input is never accepted. Collected, to see them all. */
    private final List<String> failures = new ArrayList<>();

    private void survived(String what, Http.Reply reply, boolean mustRefuse) {
        if (reply.status() >= 500) {
            failures.add(what + " → " + reply.status() + " " + abbreviate(reply.body()));
        } else if (reply.body().contains("Exception") || reply.body().contains("\tat ")) {
            failures.add(what + " shows internals: " + abbreviate(reply.body()));
        } else if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
            failures.add(what + " → " + reply.status() + " " + reply.contentType());
        } else if (mustRefuse && reply.status() < 300) {
            failures.add(what + " was accepted: " + reply.status() + " " + abbreviate(reply.body()));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    // ---------------------------------------------------------------- JSON from the document's schemas

    /** A JSON value given as its text. */
    record Raw(String json) {}

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema == null) {
            return null;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return schema;
    }

    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString s) {
            return s.getString();
        }
        if (type instanceof JsonArray a) {
            return a.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .filter(t -> !t.equals("null"))
                    .findFirst()
                    .orElse("object");
        }
        return schema.containsKey("properties") ? "object" : "any";
    }

    private static String kind(JsonObject schema) {
        String type = type(schema);
        if (type.equals("string")) {
            if (schema.containsKey("enum")) {
                return "enum";
            }
            String format = schema.getString("format", "");
            return format.equals("date-time") ? "date-time" : format.equals("date") ? "date" : "string";
        }
        return type;
    }

    /** A plain value for the schema; every field's path is listed under its kind (objects in lists one level down). */
    private static Object sample(
            JsonObject schema,
            JsonObject schemas,
            List<Object> path,
            Map<String, List<List<Object>>> fields,
            int depth) {
        String kind = kind(schema);
        if (!path.isEmpty()) {
            fields.computeIfAbsent(kind.equals("any") ? "object" : kind, k -> new ArrayList<>())
                    .add(List.copyOf(path));
        }
        switch (kind) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null && depth < 3) {
                    for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
                        List<Object> at = new ArrayList<>(path);
                        at.add(p.getKey());
                        object.put(
                                p.getKey(),
                                sample(resolve(p.getValue().asJsonObject(), schemas), schemas, at, fields, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                List<Object> list = new ArrayList<>();
                JsonObject items = schema.containsKey("items") ? resolve(schema.getJsonObject("items"), schemas) : null;
                if (items != null && depth < 3) {
                    List<Object> at = new ArrayList<>(path);
                    at.add(0);
                    list.add(sample(items, schemas, at, fields, depth + 1));
                }
                return list;
            }
            case "string" -> {
                return "Matn";
            }
            case "enum" -> {
                return schema.getJsonArray("enum").getString(0);
            }
            case "date-time" -> {
                return "2030-01-01T00:00:00Z";
            }
            case "date" -> {
                return "2030-01-01";
            }
            case "integer", "number" -> {
                return new Raw("1");
            }
            case "boolean" -> {
                return new Raw("false");
            }
            default -> {
                return new LinkedHashMap<String, Object>();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object value, List<Object> path, int index, Raw with) {
        if (index == path.size()) {
            return with;
        }
        Object step = path.get(index);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put((String) step, replace(copy.get(step), path, index + 1, with));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) value);
        copy.set((Integer) step, replace(copy.get((Integer) step), path, index + 1, with));
        return copy;
    }

    private static String write(Object value) {
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof String text) {
            return json(text);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                    .append(json((String) k))
                    .append(':')
                    .append(write(v)));
            return out.append('}').toString();
        }
        StringBuilder out = new StringBuilder("[");
        for (Object item : (List<?>) value) {
            out.append(out.length() > 1 ? "," : "").append(write(item));
        }
        return out.append(']').toString();
    }

    /** A JSON string: control characters and lone surrogates escaped (\\u0000, \\ud800), everything else as typed. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20
                    || (Character.isSurrogate(c)
                            && !paired
                            && !(Character.isLowSurrogate(c)
                                    && i > 0
                                    && Character.isHighSurrogate(text.charAt(i - 1))))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------- raw requests

    /** Any method with exactly these bytes and this content type (none when null). */
    private Http.Reply send(String method, String path, String contentType, byte[] body, String... headers) {
        return http.exchange(method, path, contentType, body, headers);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    private static void assertProblem(Http.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }

    private static void assertField(Http.Reply reply, String field) {
        assertProblem(reply, 400);
        assertTrue(reply.json().containsKey("errors"), reply::toString);
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
    }
}
