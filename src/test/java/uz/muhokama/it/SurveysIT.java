package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Experts fill the anti-corruption expertise of a draft under discussion, anyone signed in the general
 * survey, and the agency, the respondents and, after closing, the public read the results.
 */
class SurveysIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void anExpertMarksFactorF05PresentInClause4AndTheAgencySeesItInTheMatrix() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn expert = Surveys.newExpert(http);

        JsonObject stored = Surveys.answer(
                http, expert, draft.number(), Surveys.EXPERTISE, Surveys.expertise("fixable", "F05", "4"));
        assertEquals(
                List.of("4"),
                stored.getJsonObject("answers")
                        .getJsonObject("F05")
                        .getJsonArray("clauses")
                        .getValuesAs(JsonString::getString));
        assertEquals(
                "Independent expert",
                http.get(
                                Surveys.path(draft.number(), Surveys.EXPERTISE, "my-answer") + "?lang=en",
                                "Authorization",
                                expert.bearer())
                        .json()
                        .getJsonObject("respondent")
                        .getJsonObject("status")
                        .getString("label"));

        JsonObject results = Surveys.results(http, draft.editor(), draft.number(), Surveys.EXPERTISE);
        assertEquals(1, results.getInt("respondents"));
        JsonObject f05 = Surveys.question(results, "F05");
        assertEquals("Vague or ambiguous wording", f05.getString("factor"));
        assertEquals(1, f05.getInt("present"));
        assertEquals("4", f05.getJsonArray("clauses").getJsonObject(0).getString("number"));
        assertEquals(1, f05.getJsonArray("clauses").getJsonObject(0).getInt("count"));
        assertEquals(0, Surveys.question(results, "F06").getInt("present"));
        assertEquals(
                1,
                Surveys.question(results, "conclusion")
                        .getJsonArray("options")
                        .getJsonObject(1)
                        .getInt("count"),
                "fixable");
        JsonObject expertsAnswer =
                results.getJsonObject("answers").getJsonArray("items").getJsonObject(0);
        assertEquals("Aziza Karimova", expertsAnswer.getJsonObject("respondent").getString("name"));
        assertFalse(results.toString().contains("@"), "never an e-mail: " + results);

        // The matrix on the agency's page: factor F05, clause 4, one expert.
        Accounts.PageSession page = Accounts.signInOnPage(
                http, draft.editor().email(), draft.editor().password());
        Http.Reply html = http.get(
                "/drafts/" + draft.number() + "/surveys/" + Surveys.EXPERTISE + "/results", "Cookie", page.cookies());
        assertEquals(200, html.status());
        assertTrue(html.body().contains("<th scope=\"col\">Clause 4</th>"), html.body());
        assertTrue(html.body().contains("«Zarur hollarda» iborasi noaniq"), "each expert's explanation is listed");
        // Anyone else: the expertise does not exist yet.
        assertEquals(
                404,
                http.get(Surveys.path(draft.number(), Surveys.EXPERTISE, "results"))
                        .status());
        assertEquals(
                404,
                http.get(Surveys.path(draft.number(), Surveys.EXPERTISE, "results"), "Authorization", expert.bearer())
                        .status());
        Accounts.SignedIn otherAgency = Accounts.newEditor(http, "ministry-of-energy");
        assertEquals(
                404,
                http.get(
                                Surveys.path(draft.number(), Surveys.EXPERTISE, "results"),
                                "Authorization",
                                otherAgency.bearer())
                        .status());
    }

    @Test
    void aCitizenCannotFillTheAntiCorruptionExpertise() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Http.Reply refused = http.putJson(
                Surveys.path(draft.number(), Surveys.EXPERTISE, "my-answer"),
                Surveys.expertise("none"),
                "Authorization",
                citizen.bearer(),
                "Accept-Language",
                "en");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.json().getString("detail").startsWith("Only experts fill in the anti-corruption expertise"));
        assertEquals(
                401,
                http.putJson(Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"), Surveys.general("yes", 5))
                        .status());
        assertEquals(
                0,
                Surveys.results(http, draft.editor(), draft.number(), Surveys.EXPERTISE)
                        .getInt("respondents"));
    }

    @Test
    void anAnswerNamingClause99IsRefusedWithAMessageOnThatFieldAndNothingIsStored() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Http.Reply refused = http.putJson(
                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                Surveys.general("no", 3, "2", "99"),
                "Authorization",
                citizen.bearer(),
                "Accept-Language",
                "ru");
        assertEquals(400, refused.status(), refused::toString);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("answers.compliance.clauses", error.getString("field"));
        assertEquals("В проекте нет пункта 99.", error.getString("message"));
        assertEquals(
                404,
                http.get(Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"), "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                0,
                Surveys.results(http, draft.editor(), draft.number(), Surveys.GENERAL)
                        .getInt("respondents"));

        Http.Reply wrong = http.putJson(
                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                "{\"answers\": {\"compliance\": [\"yes\"], \"clarity\": \"four\", \"colour\": \"blue\", \"otherComments\": \"%s\"}}"
                        .formatted("x".repeat(2001)),
                "Authorization",
                citizen.bearer(),
                "Accept-Language",
                "en");
        assertEquals(400, wrong.status());
        List<String> fields = wrong.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(
                List.of(
                        "answers.colour",
                        "answers.compliance",
                        "answers.referenceNorms",
                        "answers.contradictingNorms",
                        "answers.clarity",
                        "answers.otherComments"),
                fields);
        assertEquals(
                400,
                http.putJson(
                                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                                "{\"answer\": 1}",
                                "Authorization",
                                citizen.bearer())
                        .status());
        assertEquals(
                400,
                http.putJson(
                                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                                "{not json",
                                "Authorization",
                                citizen.bearer())
                        .status());
        assertEquals(
                0,
                Surveys.results(http, draft.editor(), draft.number(), Surveys.GENERAL)
                        .getInt("respondents"));
    }

    @Test
    void aSecondExpertiseByTheSameExpertReplacesTheFirstNeverAdds() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn expert = Surveys.newExpert(http);
        JsonObject first = Surveys.answer(
                http, expert, draft.number(), Surveys.EXPERTISE, Surveys.expertise("fixable", "F05", "3,4"));
        JsonObject second = Surveys.answer(
                http, expert, draft.number(), Surveys.EXPERTISE, Surveys.expertise("rework", "F07", "3"));
        assertEquals(
                first.getJsonNumber("id").longValue(),
                second.getJsonNumber("id").longValue(),
                "the same answer set");

        JsonObject results = Surveys.results(http, draft.editor(), draft.number(), Surveys.EXPERTISE);
        assertEquals(1, results.getInt("respondents"));
        assertEquals(
                0, Surveys.question(results, "F05").getInt("present"), "the first expertise's counts are taken back");
        assertEquals(1, Surveys.question(results, "F07").getInt("present"));
        JsonObject conclusion = Surveys.question(results, "conclusion");
        assertEquals(
                List.of(0, 0, 1),
                conclusion.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getInt("count"))
                        .toList());

        // Eight requests of the same expert at once still make one answer set.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> puts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                puts.add(() -> http.putJson(
                                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                                Surveys.general("yes", 4),
                                "Authorization",
                                expert.bearer())
                        .status());
            }
            for (Future<Integer> status : pool.invokeAll(puts)) {
                assertEquals(200, status.get());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
        JsonObject general = Surveys.results(http, draft.editor(), draft.number(), Surveys.GENERAL);
        assertEquals(1, general.getInt("respondents"));
        assertEquals(
                1,
                Surveys.question(general, "clarity")
                        .getJsonArray("distribution")
                        .getJsonObject(3)
                        .getInt("count"));

        assertEquals(
                204,
                http.delete(
                                Surveys.path(draft.number(), Surveys.EXPERTISE, "my-answer"),
                                "Authorization",
                                expert.bearer())
                        .status());
        JsonObject afterWithdrawal = Surveys.results(http, draft.editor(), draft.number(), Surveys.EXPERTISE);
        assertEquals(0, afterWithdrawal.getInt("respondents"));
        assertEquals(
                404,
                http.delete(
                                Surveys.path(draft.number(), Surveys.EXPERTISE, "my-answer"),
                                "Authorization",
                                expert.bearer())
                        .status());
    }

    @Test
    void theGeneralSurveysResultsAreHiddenFromThePublicUntilTheDiscussionCloses() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn respondent = Accounts.newCitizen(http);
        Accounts.SignedIn onlooker = Accounts.newCitizen(http);
        String results = Surveys.path(draft.number(), Surveys.GENERAL, "results");

        assertEquals(
                200, http.get(results, "Authorization", draft.editor().bearer()).status(), "the agency at any time");
        assertEquals(404, http.get(results).status());
        assertEquals(
                404, http.get(results, "Authorization", respondent.bearer()).status(), "not before answering");
        Surveys.answer(http, respondent, draft.number(), Surveys.GENERAL, Surveys.general("partly", 2, "3"));
        JsonObject seen = Surveys.results(http, respondent, draft.number(), Surveys.GENERAL);
        assertEquals("open", seen.getString("status"));
        assertEquals(
                "3",
                Surveys.question(seen, "compliance.clauses")
                        .getJsonArray("clauses")
                        .getJsonObject(0)
                        .getString("number"));
        assertEquals(
                2.0, Surveys.question(seen, "clarity").getJsonNumber("mean").doubleValue());
        assertEquals(404, http.get(results, "Authorization", onlooker.bearer()).status());
        assertEquals(
                404,
                http.get("/drafts/" + draft.number() + "/surveys/" + Surveys.GENERAL + "/results")
                        .status());

        Drafts.moveClock(http, Duration.between(Instant.now(), draft.closesAt().plusSeconds(60)));
        Http.Reply everyone = http.get(results + "?lang=en");
        assertEquals(200, everyone.status(), everyone::toString);
        assertEquals("closed", everyone.json().getString("status"));
        assertEquals(1, everyone.json().getInt("respondents"));
        assertEquals(
                200,
                http.get("/drafts/" + draft.number() + "/surveys/" + Surveys.GENERAL + "/results")
                        .status());
        assertEquals(
                200,
                http.get(Surveys.path(draft.number(), Surveys.EXPERTISE, "results"))
                        .status(),
                "the expertise too");

        Http.Reply late = http.putJson(
                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                Surveys.general("yes", 5),
                "Authorization",
                respondent.bearer(),
                "Accept-Language",
                "en");
        assertEquals(409, late.status(), late::toString);
        assertEquals("survey.discussion-closed", late.json().getString("code"));
        assertEquals(
                409,
                http.delete(
                                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                                "Authorization",
                                respondent.bearer())
                        .status());
        assertEquals(
                200,
                http.get(
                                Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                                "Authorization",
                                respondent.bearer())
                        .status(),
                "one's own answer stays readable");
    }

    @Test
    void answersSentAsAnArrayOrAScalarAreA400ProblemNotA500() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        for (String body : List.of("[]", "[{\"answers\": {}}]", "\"yes\"", "7")) {
            for (Http.Reply refused : List.of(
                    http.putJson(
                            Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"),
                            body,
                            "Authorization",
                            citizen.bearer(),
                            "Accept-Language",
                            "en"),
                    http.postJson(
                            "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers",
                            body,
                            "Authorization",
                            citizen.bearer(),
                            "Accept-Language",
                            "en"))) {
                assertEquals(400, refused.status(), body + ": " + refused);
                assertEquals("application/problem+json", refused.contentType());
                if (body.startsWith(
                        "[")) { // a bare string or number is not read as JSON at all: problem.malformed-request
                    assertEquals(
                            "answers",
                            refused.json()
                                    .getJsonArray("errors")
                                    .getJsonObject(0)
                                    .getString("field"),
                            refused::toString);
                }
            }
        }
        assertEquals(
                404,
                http.get(Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"), "Authorization", citizen.bearer())
                        .status(),
                "nothing stored");
    }

    @Test
    void answersBeforeTheOpeningOrToUnknownDraftsAndQuestionnairesAreRefused() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String scheduled = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Kelgusi " + UUID.randomUUID()));
        Drafts.publish(http, editor, scheduled, Duration.ofDays(2), 15);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Http.Reply early = http.putJson(
                Surveys.path(scheduled, Surveys.GENERAL, "my-answer"),
                Surveys.general("yes", 5),
                "Authorization",
                citizen.bearer());
        assertEquals(409, early.status());
        assertEquals("survey.discussion-not-open-yet", early.json().getString("code"));
        assertEquals(
                404,
                http.putJson(
                                Surveys.path("ID-999999", Surveys.GENERAL, "my-answer"),
                                Surveys.general("yes", 5),
                                "Authorization",
                                citizen.bearer())
                        .status());
        assertEquals(
                404,
                http.putJson(
                                Surveys.path(scheduled, "favourite-colours", "my-answer"),
                                Surveys.general("yes", 5),
                                "Authorization",
                                citizen.bearer())
                        .status());
        assertEquals(
                404,
                http.putJson(
                                Surveys.path(scheduled, Surveys.PORTAL, "my-answer"),
                                "{\"answers\": {}}",
                                "Authorization",
                                citizen.bearer())
                        .status(),
                "the portal survey is not about drafts");
        assertEquals(404, http.get("/api/v1/questionnaires/favourite-colours").status());
    }

    @Test
    void anAdminPublishesVersion2AndTheVersion1AnswersStillDisplayWithVersion1Wording() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        Accounts.SignedIn early = Accounts.newCitizen(http);
        JsonObject current =
                http.get("/api/v1/questionnaires/" + Surveys.GENERAL).json();
        int before = current.getInt("version");
        Surveys.answer(http, early, draft.number(), Surveys.GENERAL, Surveys.general("no", 1, "2"));

        String original = http.get(
                        "/api/v1/questionnaires/" + Surveys.GENERAL + "/definition", "Authorization", admin.bearer())
                .body();
        String edited = original.replace("Does the draft comply with current legislation?", "Is the draft lawful?");
        assertEquals(
                403,
                http.putJson("/api/v1/questionnaires/" + Surveys.GENERAL, edited, "Authorization", early.bearer())
                        .status());
        try {
            Http.Reply published = http.putJson(
                    "/api/v1/questionnaires/" + Surveys.GENERAL + "?lang=en", edited, "Authorization", admin.bearer());
            assertEquals(201, published.status(), published::toString);
            assertEquals(before + 1, published.json().getInt("version"));
            assertEquals(
                    "Is the draft lawful?",
                    published.json().getJsonArray("questions").getJsonObject(0).getString("text"));

            Accounts.SignedIn late = Accounts.newCitizen(http);
            JsonObject lateAnswer =
                    Surveys.answer(http, late, draft.number(), Surveys.GENERAL, Surveys.general("yes", 5));
            assertEquals(before + 1, lateAnswer.getInt("version"));
            JsonObject earlyAnswer = http.get(
                            Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"), "Authorization", early.bearer())
                    .json();
            assertEquals(before, earlyAnswer.getInt("version"), "an answer keeps the version it was given to");

            JsonObject results = Surveys.results(http, draft.editor(), draft.number(), Surveys.GENERAL);
            assertEquals(2, results.getJsonArray("versions").size());
            JsonObject v2 = results.getJsonArray("versions").getJsonObject(0);
            JsonObject v1 = results.getJsonArray("versions").getJsonObject(1);
            assertEquals(before + 1, v2.getInt("version"));
            assertEquals(
                    "Is the draft lawful?",
                    v2.getJsonArray("questions").getJsonObject(0).getString("text"));
            assertEquals(
                    "Does the draft comply with current legislation?",
                    v1.getJsonArray("questions").getJsonObject(0).getString("text"));
            assertEquals(1, v1.getInt("respondents"));
            assertEquals(
                    "Does the draft comply with current legislation?",
                    http.get("/api/v1/questionnaires/" + Surveys.GENERAL + "?version=" + before + "&lang=en")
                            .json()
                            .getJsonArray("questions")
                            .getJsonObject(0)
                            .getString("text"));

            Http.Reply broken = http.putJson(
                    "/api/v1/questionnaires/" + Surveys.GENERAL,
                    edited.replace("\"SIGNED_IN\"", "\"EXPERT\""),
                    "Authorization",
                    admin.bearer(),
                    "Accept-Language",
                    "en");
            assertEquals(400, broken.status(), broken::toString);
            assertEquals(
                    "audience",
                    broken.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        } finally {
            // Later stories read the shipped wording: publish it again as the next version.
            assertEquals(
                    201,
                    http.putJson("/api/v1/questionnaires/" + Surveys.GENERAL, original, "Authorization", admin.bearer())
                            .status());
        }
    }

    @Test
    void thePortalSurveyExportReopenedWithPoiHoldsEveryAnswerAndAnAnswerStartingWithEqualsIsATextCell()
            throws IOException {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        Http.Reply stored = http.postJson(
                "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers",
                "{\"answers\": {\"proposals\": \"%s\", \"findability\": 2, \"wantedFeatures\": [\"mobile\", \"search\"]}}"
                        .formatted(formula.replace("\"", "\\\"")),
                "Authorization",
                citizen.bearer());
        assertEquals(201, stored.status(), stored::toString);
        long id = stored.json().getJsonNumber("id").longValue();
        assertEquals(
                400,
                http.postJson(
                                "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers",
                                "{\"answers\": {\"findability\": 3}}",
                                "Authorization",
                                citizen.bearer())
                        .status(),
                "proposals are required");

        assertEquals(
                403,
                http.get("/api/v1/questionnaires/" + Surveys.PORTAL + "/results", "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                401,
                http.get("/api/v1/questionnaires/" + Surveys.PORTAL + "/answers.xlsx")
                        .status());
        JsonObject results = http.get(
                        "/api/v1/questionnaires/" + Surveys.PORTAL + "/results?lang=en",
                        "Authorization",
                        admin.bearer())
                .json();
        assertTrue(results.getInt("respondents") >= 1);

        byte[] workbook = http.getBytes(
                "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers.xlsx?lang=ru", "Authorization", admin.bearer());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Ответы", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("№", header.getCell(0).getStringCellValue());
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            int proposals = headers.indexOf("Ваши предложения и замечания по развитию портала");
            int features = headers.indexOf("Какие возможности вы предлагаете улучшить или добавить?");
            assertTrue(proposals > 0 && features > 0, headers::toString);
            Row mine = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                    mine = row;
                }
            }
            assertTrue(mine != null, "the answer is in the workbook");
            assertEquals(
                    results.getJsonObject("answers").getInt("total"),
                    sheet.getLastRowNum(),
                    "every answer, one row each");
            Cell text = mine.getCell(proposals);
            assertEquals(CellType.STRING, text.getCellType());
            assertEquals(formula, text.getStringCellValue());
            assertTrue(text.getCellStyle().getQuotePrefixed());
            assertEquals(
                    "Поиск и фильтры; Мобильное приложение",
                    mine.getCell(features).getStringCellValue());
        }
    }

    @Test
    void thePortalSurveyTakesFiveAnswersAnHourFromOnePerson() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        for (int i = 1; i <= 5; i++) {
            assertEquals(
                    201,
                    http.postJson(
                                    "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers",
                                    "{\"answers\": {\"proposals\": \"Taklif %d\"}}".formatted(i),
                                    "Authorization",
                                    citizen.bearer())
                            .status());
        }
        Http.Reply sixth = http.postJson(
                "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers",
                "{\"answers\": {\"proposals\": \"Yana\"}}",
                "Authorization",
                citizen.bearer(),
                "Accept-Language",
                "en");
        assertEquals(429, sixth.status(), sixth::toString);
        long retryAfter = Long.parseLong(sixth.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3601, "Retry-After " + retryAfter);
        Drafts.moveClock(http, Duration.ofSeconds(retryAfter + 1));
        assertEquals(
                201,
                http.postJson(
                                "/api/v1/questionnaires/" + Surveys.PORTAL + "/answers",
                                "{\"answers\": {\"proposals\": \"Keyin\"}}",
                                "Authorization",
                                citizen.bearer())
                        .status());
    }

    @Test
    void aCitizenAppliesToBeAnExpertAnAdminApprovesAndTheExpertiseOpensToThem() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        String application = """
                {"status": "academic", "organisation": "Toshkent davlat yuridik universiteti",
                 "qualification": "Huquq fanlari nomzodi, 12 yillik tajriba.", "statement": "Korrupsiyaga qarshi ekspertiza bilan shugʻullanaman."}""";
        Http.Reply refused = http.postJson(
                "/api/v1/expert-applications",
                "{\"status\": \"wizard\"}",
                "Authorization",
                citizen.bearer(),
                "Accept-Language",
                "en");
        assertEquals(400, refused.status());
        List<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertTrue(fields.containsAll(List.of("qualification", "statement", "status")), fields::toString);

        Http.Reply applied =
                http.postJson("/api/v1/expert-applications", application, "Authorization", citizen.bearer());
        assertEquals(201, applied.status(), applied::toString);
        long id = applied.json().getJsonNumber("id").longValue();
        assertEquals(
                409,
                http.postJson("/api/v1/expert-applications", application, "Authorization", citizen.bearer())
                        .status(),
                "one waiting application at a time");
        assertEquals(
                403,
                http.get("/api/v1/expert-applications?state=pending", "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/expert-applications/" + id + "/approval",
                                "{}",
                                "Authorization",
                                citizen.bearer())
                        .status());
        List<Long> waiting = new ArrayList<>();
        // Page by cursor: the next page's address is in the body and in the Link header.
        for (String cursor = ""; cursor != null && !waiting.contains(id); ) {
            JsonObject page = http.get(
                            "/api/v1/expert-applications?state=pending&cursor=" + cursor,
                            "Authorization",
                            admin.bearer())
                    .json();
            page.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(i -> waiting.add(i.getJsonNumber("id").longValue()));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        }
        assertTrue(waiting.contains(id), "the administrator sees the application");

        assertEquals(
                403,
                http.putJson(
                                Surveys.path(draft.number(), Surveys.EXPERTISE, "my-answer"),
                                Surveys.expertise("none"),
                                "Authorization",
                                citizen.bearer())
                        .status());
        Http.Reply approved = http.postJson(
                "/api/v1/expert-applications/" + id + "/approval",
                "{\"reason\": \"Tajribasi yetarli\"}",
                "Authorization",
                admin.bearer());
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("approved", approved.json().getString("state"));
        assertEquals(
                409,
                http.postJson(
                                "/api/v1/expert-applications/" + id + "/decline",
                                "{\"reason\": \"x\"}",
                                "Authorization",
                                admin.bearer())
                        .status(),
                "decided once");
        assertTrue(http.get("/api/v1/me", "Authorization", citizen.bearer())
                .json()
                .getJsonArray("roles")
                .toString()
                .contains("EXPERT"));
        Surveys.answer(http, citizen, draft.number(), Surveys.EXPERTISE, Surveys.expertise("none"));
        assertEquals(
                "approved",
                http.get("/api/v1/expert-applications/mine", "Authorization", citizen.bearer())
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("state"));
    }

    @Test
    void aDeclinedApplicantReadsTheReasonOnTheirProfile() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        long id = http.postJson("/api/v1/expert-applications", """
                {"status": "independent", "qualification": "Talaba", "statement": "Qiziqaman"}""", "Authorization", citizen.bearer())
                .json()
                .getJsonNumber("id")
                .longValue();
        Http.Reply withoutReason = http.postJson(
                "/api/v1/expert-applications/" + id + "/decline",
                "{}",
                "Authorization",
                admin.bearer(),
                "Accept-Language",
                "en");
        assertEquals(400, withoutReason.status());
        assertEquals(
                "reason",
                withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                200,
                http.postJson(
                                "/api/v1/expert-applications/" + id + "/decline",
                                "{\"reason\": \"Malaka haqida maʼlumot yetarli emas\"}",
                                "Authorization",
                                admin.bearer())
                        .status());

        Accounts.PageSession page = Accounts.signInOnPage(http, citizen.email(), citizen.password());
        Http.Reply profile = http.get("/me", "Cookie", page.cookies());
        assertTrue(profile.body().contains("declined"), profile.body());
        assertTrue(profile.body().contains("Malaka haqida maʼlumot yetarli emas"));
        assertTrue(profile.body().contains("href=\"/expert-application\""), "may apply again");
    }

    @Test
    void aRefusedSurveyFormComesBackWithWhatWasTypedAndAMessageBesideTheField() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.PageSession page = Accounts.signInOnPage(http, citizen.email(), citizen.password());
        String form = "/drafts/" + draft.number() + "/surveys/" + Surveys.GENERAL;
        assertEquals(200, http.get(form, "Cookie", page.cookies()).status());

        Http.Reply refused = http.post(
                form,
                "application/x-www-form-urlencoded",
                "_csrf=" + page.csrf() + "&compliance=no&compliance.clauses=2&compliance.clauses=4&clarity=3"
                        + "&otherComments=%3Cscript%3Ealert(1)%3C%2Fscript%3E+Mening+fikrim",
                "Cookie",
                page.cookies());
        assertEquals(400, refused.status());
        String html = refused.body();
        assertTrue(html.contains("id=\"q-referenceNorms-error\""), html);
        assertTrue(html.contains("Please answer this question."));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mening fikrim"), "typed text kept, escaped");
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("value=\"4\" checked=\"checked\""), "chosen clauses kept");
        assertEquals(
                404,
                http.get(Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"), "Authorization", citizen.bearer())
                        .status());

        Http.Reply saved = http.post(
                form,
                "application/x-www-form-urlencoded",
                "_csrf=" + page.csrf()
                        + "&compliance=no&compliance.clauses=4&referenceNorms=no&contradictingNorms=yes&clarity=3",
                "Cookie",
                page.cookies());
        assertEquals(303, saved.status(), saved::toString);
        JsonObject mine = http.get(
                        Surveys.path(draft.number(), Surveys.GENERAL, "my-answer"), "Authorization", citizen.bearer())
                .json();
        assertEquals(3, mine.getJsonObject("answers").getInt("clarity"));
        assertEquals(
                403,
                http.post(form, "application/x-www-form-urlencoded", "compliance=yes", "Cookie", page.cookies())
                        .status(),
                "no CSRF token, no answer");
    }

    @Test
    void anAdminEditsTheWordingOnTheEditorPageAndANewVersionIsPublished() {
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        Accounts.PageSession page = Accounts.signInOnPage(http, admin.email(), admin.password());
        String editor = "/admin/questionnaires/" + Surveys.PORTAL;
        int before = http.get("/api/v1/questionnaires/" + Surveys.PORTAL).json().getInt("version");
        assertEquals(200, http.get(editor, "Cookie", page.cookies()).status());

        Http.Reply refused =
                http.postForm(editor, Map.of("_csrf", page.csrf(), "title.ru", " "), "Cookie", page.cookies());
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Write this text in Uzbek, Russian and English."), refused.body());
        assertEquals(
                before,
                http.get("/api/v1/questionnaires/" + Surveys.PORTAL).json().getInt("version"),
                "nothing published");

        Http.Reply published = http.postForm(
                editor,
                Map.of("_csrf", page.csrf(), "intro.en", "Tell us how to make the portal better."),
                "Cookie",
                page.cookies());
        assertEquals(303, published.status(), published::toString);
        JsonObject current = http.get("/api/v1/questionnaires/" + Surveys.PORTAL + "?lang=en")
                .json();
        assertEquals(before + 1, current.getInt("version"));
        assertEquals("Tell us how to make the portal better.", current.getString("intro"));
        assertEquals(
                "Your proposals and objections for developing the portal",
                current.getJsonArray("questions").getJsonObject(9).getString("text"),
                "the rest unchanged");

        // The same from a file: the whole definition, as downloaded from the editor, changed and uploaded.
        String definition = http.get(editor + "/definition.json", "Cookie", page.cookies())
                .body()
                .replace("Tell us how to make the portal better.", "Help us improve the portal.");
        Http.Reply notJson = http.postFile(
                editor + "/definition-file?_csrf=" + page.csrf(),
                "file",
                "x.json",
                "application/json",
                "{oops".getBytes(StandardCharsets.UTF_8),
                "Cookie",
                page.cookies());
        assertEquals(400, notJson.status());
        assertTrue(notJson.body().contains("This is not a questionnaire definition in JSON."), notJson.body());
        Http.Reply uploaded = http.postFile(
                editor + "/definition-file?_csrf=" + page.csrf(),
                "file",
                "portal.json",
                "application/json",
                definition.getBytes(StandardCharsets.UTF_8),
                "Cookie",
                page.cookies());
        assertEquals(303, uploaded.status(), uploaded::toString);
        JsonObject fromFile = http.get("/api/v1/questionnaires/" + Surveys.PORTAL + "?lang=en")
                .json();
        assertEquals(before + 2, fromFile.getInt("version"));
        assertEquals("Help us improve the portal.", fromFile.getString("intro"));

        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        assertEquals(
                403,
                http.get(
                                editor,
                                "Cookie",
                                Accounts.signInOnPage(http, citizen.email(), citizen.password())
                                        .cookies())
                        .status());
    }
}
