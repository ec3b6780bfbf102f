package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The regulatory impact assessment of a draft: the agency writes it by API or on its page, a draft that
 * needs one is not published without it complete, and the public reads it only once it is published.
 */
class RiaIT extends PortalIntegration {

    private static final String AGENCY = "ministry-of-health";

    /** A draft of the Ministry of Health flagged as needing an assessment, and its editor. */
    private record DraftNeedingRia(String number, Accounts.SignedIn editor) {}

    private DraftNeedingRia draftNeedingRia() {
        Accounts.SignedIn editor = Accounts.newEditor(http, AGENCY);
        String json = Drafts.lawWithThreeClauses("Dorixonalar " + UUID.randomUUID())
                .replace("\"needsRia\": false", "\"needsRia\": true");
        return new DraftNeedingRia(Drafts.create(http, editor, json), editor);
    }

    /** A complete simplified assessment at {@code level}, as an agency sends it (AuthorizationMatrixIT uses it too). */
    static String simplified(String level) {
        return """
                {"level": "%s",
                 "problem": "Dorixona litsenziyasi 30 kun kutiladi.", "objectives": "Litsenziya 15 kunda beriladi.",
                 "options": [{"kind": "do-nothing", "title": "Qogʻozdagi tartib qoladi"},
                             {"kind": "proposed", "title": "Elektron litsenziya", "description": "Ariza my.gov.uz orqali."}],
                 "impacts": [{"group": "citizens", "costs": "Yoʻq", "benefits": "Dorixonalar tezroq ochiladi"},
                             {"group": "business", "costs": "Elektron imzo", "benefits": "Vaqt tejaladi"},
                             {"group": "state", "costs": "Tizimni qoʻllab-quvvatlash", "benefits": "Kamroq qogʻoz"}],
                 "affectedGroups": "Dorixonalar, xaridorlar", "regions": ["UZ-TK", "UZ-SA"],
                 "administrativeBurden": "Yillik hisobot bekor qilinadi.", "corruptionRisks": "Ixtiyoriy qaror qolmaydi."}""".formatted(level);
    }

    private static final String EXPANDED = """
            {"level": "expanded",
             "problem": "Dorixona litsenziyasi 30 kun kutiladi.", "objectives": "Litsenziya 15 kunda beriladi.",
             "options": [{"kind": "do-nothing", "title": "Qogʻozdagi tartib qoladi"},
                         {"kind": "proposed", "title": "Elektron litsenziya", "description": "Ariza my.gov.uz orqali."},
                         {"kind": "alternative", "title": "Litsenziya oʻrniga xabardor qilish"}],
             "impacts": [{"group": "state", "costOneOffUzs": 1200000000, "costYearlyUzs": 150000000, "costs": "Tizim",
                          "benefitOneOffUzs": 0, "benefitYearlyUzs": 300000000, "benefits": "Kamroq qogʻoz"},
                         {"group": "citizens", "costOneOffUzs": 0, "costYearlyUzs": 0, "costs": "Yoʻq",
                          "benefitOneOffUzs": 0, "benefitYearlyUzs": 0, "benefits": "Tezroq"},
                         {"group": "business", "costOneOffUzs": 500000, "costYearlyUzs": 0, "costs": "Elektron imzo",
                          "benefitOneOffUzs": 0, "benefitYearlyUzs": 2000000, "benefits": "Vaqt"}],
             "affectedGroups": "Dorixonalar, xaridorlar", "regions": [],
             "administrativeBurden": "Yillik hisobot bekor qilinadi.", "corruptionRisks": "Ixtiyoriy qaror qolmaydi.",
             "risks": [{"risk": "Portal ishlamay qolishi", "mitigation": "Bir yil qogʻoz ariza ham qabul qilinadi"}],
             "indicators": [{"name": "Litsenziya berish muddati", "baseline": "30 kun", "target": "15 kun",
                             "dataSource": "Sogʻliqni saqlash vazirligi reyestri", "reviewOn": "2027-06-01", "evaluationOn": "2029-06-01"}]}""";

    private String ria(String number) {
        return "/api/v1/drafts/" + number + "/ria";
    }

    private Http.Reply publish(DraftNeedingRia draft, String language) {
        Instant opens = Drafts.serverNow(http).plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        return http.postJson(
                "/api/v1/drafts/" + draft.number() + "/publish",
                Drafts.window(opens, opens.plus(Duration.ofDays(15))),
                "Authorization",
                draft.editor().bearer(),
                "Accept-Language",
                language);
    }

    @Test
    void anExpandedAssessmentIsRequiredCompleteBeforePublicationAndThenPublishedWithTheDraft() {
        DraftNeedingRia draft = draftNeedingRia();

        Http.Reply none = publish(draft, "en");
        assertEquals(400, none.status(), none::toString);
        assertEquals("application/problem+json", none.contentType());
        assertEquals("ria.publish.missing", none.json().getString("code"));
        assertTrue(
                none.json().getString("detail").startsWith("This draft needs a regulatory impact assessment"),
                none::toString);

        // Saved while unfinished: the simplified text at the expanded level lacks what the expanded level adds.
        Http.Reply partial = http.putJson(
                ria(draft.number()),
                simplified("expanded"),
                "Authorization",
                draft.editor().bearer());
        assertEquals(200, partial.status(), partial::toString);
        assertFalse(partial.json().getBoolean("complete"));
        assertEquals(
                List.of("options.alternative", "impacts.figures", "risks", "indicators"),
                partial.json().getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("code"))
                        .toList());
        Http.Reply incomplete = publish(draft, "ru");
        assertEquals(400, incomplete.status(), incomplete::toString);
        assertEquals("ria.publish.incomplete", incomplete.json().getString("code"));
        assertTrue(
                incomplete.json().getString("detail").contains("Не хватает: альтернативный вариант"),
                incomplete::toString);
        assertEquals(
                "unpublished",
                http.get(
                                "/api/v1/drafts/" + draft.number(),
                                "Authorization",
                                draft.editor().bearer())
                        .json()
                        .getString("status"),
                "nothing changed");

        Http.Reply complete = http.putJson(
                ria(draft.number()) + "?lang=en",
                EXPANDED,
                "Authorization",
                draft.editor().bearer());
        assertEquals(200, complete.status(), complete::toString);
        JsonObject written = complete.json();
        assertTrue(written.getBoolean("complete"));
        assertEquals("Expanded assessment", written.getJsonObject("level").getString("label"));
        assertEquals(
                List.of("citizens", "business", "state"),
                written.getJsonArray("impacts").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getJsonObject("group").getString("code"))
                        .toList(),
                "groups in their order, whatever order they came in");
        assertEquals(
                1200000000L,
                written.getJsonArray("impacts")
                        .getJsonObject(2)
                        .getJsonNumber("costOneOffUzs")
                        .longValue());
        assertEquals(
                "2029-06-01",
                written.getJsonArray("indicators").getJsonObject(0).getString("evaluationOn"));
        assertFalse(written.getJsonObject("discussionResults").getBoolean("published"));

        // Before publication: only the agency sees it.
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn otherAgency = Accounts.newEditor(http, "ministry-of-energy");
        assertEquals(404, http.get(ria(draft.number())).status());
        assertEquals(
                404,
                http.get(ria(draft.number()), "Authorization", citizen.bearer()).status());
        assertEquals(
                404,
                http.get(ria(draft.number()), "Authorization", otherAgency.bearer())
                        .status());
        assertEquals(
                404,
                http.putJson(ria(draft.number()), EXPANDED, "Authorization", otherAgency.bearer())
                        .status());

        Http.Reply published = publish(draft, "en");
        assertEquals(200, published.status(), published::toString);

        Http.Reply everyone = http.get(ria(draft.number()) + "?lang=uz");
        assertEquals(200, everyone.status(), everyone::toString);
        assertEquals(
                "Kengaytirilgan baholash",
                everyone.json().getJsonObject("level").getString("label"));
        assertEquals(
                "Dorixona litsenziyasi 30 kun kutiladi.",
                everyone.json().getString("problem"),
                "the text as the agency wrote it");
        assertFalse(everyone.json().isNull("publishedAt"));
        Http.Reply page = http.get("/drafts/" + draft.number() + "?lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<h2 id=\"ria-heading\">Regulatory impact assessment</h2>"), page.body());
        assertTrue(page.body().contains("Litsenziya berish muddati"));
        assertTrue(page.body().contains("After the discussion closes, the summary of proposals appears here."));

        Http.Reply frozen = http.putJson(
                ria(draft.number()), EXPANDED, "Authorization", draft.editor().bearer(), "Accept-Language", "en");
        assertEquals(409, frozen.status(), frozen::toString);
        assertEquals("ria.published", frozen.json().getString("code"));
    }

    @Test
    void theDraftPageShowsNoAssessmentBeforeItIsPublishedAndADraftNotNeedingOnePublishesWithout() {
        Accounts.SignedIn editor = Accounts.newEditor(http, AGENCY);
        String plain = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Oddiy " + UUID.randomUUID()));
        assertEquals(
                200,
                http.putJson(ria(plain), simplified("simplified"), "Authorization", editor.bearer())
                        .status());
        assertEquals(404, http.get("/drafts/" + plain).status(), "the unpublished draft does not exist for the public");
        Drafts.publish(http, editor, plain, Duration.ofDays(1), 15);
        assertEquals(200, http.get(ria(plain)).status(), "a voluntary assessment is published with its draft");
        assertTrue(http.get("/drafts/" + plain + "?lang=en").body().contains("id=\"ria\""));

        String without = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Baholashsiz " + UUID.randomUUID()));
        Drafts.publish(http, editor, without, Duration.ofDays(1), 15);
        assertEquals(404, http.get(ria(without)).status());
        assertFalse(http.get("/drafts/" + without + "?lang=en").body().contains("id=\"ria\""));
    }

    @Test
    void badInputIsRefusedWithEveryFieldErrorAndChangesNothing() {
        DraftNeedingRia draft = draftNeedingRia();
        assertEquals(
                200,
                http.putJson(
                                ria(draft.number()),
                                simplified("simplified"),
                                "Authorization",
                                draft.editor().bearer())
                        .status());

        Http.Reply refused = http.putJson(
                ria(draft.number()),
                """
                {"level": "deep", "problem": "%s",
                 "options": [{"kind": "proposed", "title": "A"}, {"kind": "proposed", "title": "B"}, {"kind": "maybe", "title": ""}],
                 "impacts": [{"group": "business", "costYearlyUzs": -5}],
                 "regions": ["UZ-XX"],
                 "risks": [{"risk": "Portal ishlamaydi"}],
                 "indicators": [{"name": "x", "baseline": "1", "target": "2", "dataSource": "y",
                                 "reviewOn": "2028-01-01", "evaluationOn": "2027-01-01"}]}""".formatted("x".repeat(4001)),
                "Authorization",
                draft.editor().bearer(),
                "Accept-Language",
                "en");
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        List<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        for (String field : List.of(
                "impacts[0].costYearlyUzs",
                "options[2].title",
                "problem",
                "risks[0].mitigation",
                "level",
                "options[1].kind",
                "options[2].kind",
                "indicators[0].evaluationOn",
                "regions")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        assertTrue(
                refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("message").equals("“UZ-XX” is not a region on the list.")),
                refused::toString);
        assertEquals(
                400,
                http.putJson(
                                ria(draft.number()),
                                "{not json",
                                "Authorization",
                                draft.editor().bearer())
                        .status());
        assertEquals(
                400,
                http.putJson(
                                ria(draft.number()),
                                "{\"level\": \"expanded\", \"indicators\": [{\"reviewOn\": \"soon\"}]}",
                                "Authorization",
                                draft.editor().bearer())
                        .status());

        JsonObject unchanged = http.get(
                        ria(draft.number()), "Authorization", draft.editor().bearer())
                .json();
        assertEquals("simplified", unchanged.getJsonObject("level").getString("code"));
        assertEquals("Dorixona litsenziyasi 30 kun kutiladi.", unchanged.getString("problem"));
        assertEquals(
                List.of("UZ-SA", "UZ-TK"),
                unchanged.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("code"))
                        .sorted()
                        .toList());
        assertTrue(unchanged.getBoolean("complete"));
    }

    @Test
    void anEditorWritesTheAssessmentOnThePageWithoutJavaScriptAndTheRefusedPublicationSaysWhy() {
        DraftNeedingRia draft = draftNeedingRia();
        Accounts.PageSession session = Accounts.signInOnPage(
                http, draft.editor().email(), draft.editor().password());
        String path = "/agency/drafts/" + draft.number() + "/ria";

        Http.Reply empty = http.get(path, "Cookie", session.cookies());
        assertEquals(200, empty.status(), empty::toString);
        assertEquals(
                3,
                count(empty.body(), "name=\"optionTitle\""),
                "rows for do nothing, the proposed option and an alternative");

        // The publish form on the draft's own page, refused with the reason and nothing published.
        LocalDateTime opens = LocalDateTime.ofInstant(Drafts.serverNow(http), ZoneId.of("Asia/Tashkent"))
                .plusDays(1)
                .withSecond(0)
                .withNano(0);
        Http.Reply notYet = http.post(
                "/agency/drafts/" + draft.number() + "/publish",
                "application/x-www-form-urlencoded",
                form(
                        "_csrf",
                        session.csrf(),
                        "opensAt",
                        opens.toString(),
                        "closesAt",
                        opens.plusDays(15).toString()),
                "Cookie",
                session.cookies());
        assertEquals(400, notYet.status(), notYet::toString);
        assertTrue(
                notYet.body().contains("This draft needs a regulatory impact assessment before it can be published"),
                notYet.body());
        assertEquals(
                "unpublished",
                http.get(
                                "/api/v1/drafts/" + draft.number(),
                                "Authorization",
                                draft.editor().bearer())
                        .json()
                        .getString("status"));

        String typed = form(
                "_csrf",
                session.csrf(),
                "blankOptions",
                "1",
                "blankRisks",
                "1",
                "blankIndicators",
                "1",
                "level",
                "expanded",
                "problem",
                "Dorixona litsenziyasi 30 kun kutiladi.",
                "objectives",
                "15 kun.",
                "optionKind",
                "do-nothing",
                "optionTitle",
                "Hech narsa",
                "optionDescription",
                "",
                "optionKind",
                "proposed",
                "optionTitle",
                "Elektron litsenziya",
                "optionDescription",
                "",
                "optionKind",
                "alternative",
                "optionTitle",
                "Xabardor qilish",
                "optionDescription",
                "",
                "impactGroup",
                "citizens",
                "costOneOff",
                "0",
                "costYearly",
                "0",
                "costs",
                "Yoʻq",
                "benefitOneOff",
                "0",
                "benefitYearly",
                "0",
                "benefits",
                "Tezroq",
                "impactGroup",
                "business",
                "costOneOff",
                "12 mln",
                "costYearly",
                "0",
                "costs",
                "Imzo",
                "benefitOneOff",
                "0",
                "benefitYearly",
                "2 000 000",
                "benefits",
                "Vaqt",
                "impactGroup",
                "state",
                "costOneOff",
                "1 200 000 000",
                "costYearly",
                "150000000",
                "costs",
                "Tizim",
                "benefitOneOff",
                "0",
                "benefitYearly",
                "0",
                "benefits",
                "Qogʻoz",
                "affectedGroups",
                "Dorixonalar",
                "region",
                "UZ-TK",
                "administrativeBurden",
                "Hisobot yoʻq",
                "corruptionRisks",
                "Yoʻq",
                "riskText",
                "Portal ishlamaydi",
                "riskMitigation",
                "Qogʻoz ariza",
                "indicatorName",
                "Muddat",
                "indicatorBaseline",
                "30",
                "indicatorTarget",
                "15",
                "indicatorSource",
                "Reyestr",
                "indicatorReview",
                "2027-06-01",
                "indicatorEvaluation",
                "2029-06-01");

        Http.Reply refused = http.post(path, "application/x-www-form-urlencoded", typed, "Cookie", session.cookies());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("Write the sum in whole UZS, digits only."), refused.body());
        assertTrue(refused.body().contains("value=\"12 mln\""), "what was typed is kept");
        assertTrue(refused.body().contains("Xabardor qilish"));
        assertEquals(
                404,
                http.get(ria(draft.number()), "Authorization", draft.editor().bearer())
                        .status(),
                "nothing stored");

        Http.Reply moreRisks = http.post(
                path, "application/x-www-form-urlencoded", typed + "&more=risks", "Cookie", session.cookies());
        assertEquals(200, moreRisks.status(), moreRisks::toString);
        assertEquals(3, count(moreRisks.body(), "name=\"riskText\""), "the typed risk, the blank row and one more");
        assertEquals(
                404,
                http.get(ria(draft.number()), "Authorization", draft.editor().bearer())
                        .status(),
                "adding a row stores nothing");

        Http.Reply saved = http.post(
                path,
                "application/x-www-form-urlencoded",
                typed.replace("12+mln", "12000000"),
                "Cookie",
                session.cookies());
        assertEquals(303, saved.status(), saved::toString);
        JsonObject stored = http.get(
                        ria(draft.number()), "Authorization", draft.editor().bearer())
                .json();
        assertTrue(stored.getBoolean("complete"), stored::toString);
        assertEquals(
                1200000000L,
                stored.getJsonArray("impacts")
                        .getJsonObject(2)
                        .getJsonNumber("costOneOffUzs")
                        .longValue());
        assertEquals(
                List.of("UZ-TK"),
                stored.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("code"))
                        .toList());
        Http.Reply again = http.get(path + "?saved", "Cookie", session.cookies());
        assertTrue(again.body().contains("id=\"ria-complete\""), again.body());
        assertEquals(
                404,
                http.get(
                                path,
                                "Cookie",
                                Accounts.signInOnPage(
                                                http,
                                                Accounts.newEditor(http, "ministry-of-energy")
                                                        .email(),
                                                Accounts.STRONG_PASSWORD)
                                        .cookies())
                        .status(),
                "another agency's editor");

        Http.Reply publishedNow = http.post(
                "/agency/drafts/" + draft.number() + "/publish",
                "application/x-www-form-urlencoded",
                form(
                        "_csrf",
                        session.csrf(),
                        "opensAt",
                        opens.toString(),
                        "closesAt",
                        opens.plusDays(15).toString()),
                "Cookie",
                session.cookies());
        assertEquals(303, publishedNow.status(), publishedNow::toString);
        assertEquals(200, http.get(ria(draft.number())).status());
        assertFalse(
                http.get(path, "Cookie", session.cookies()).body().contains("name=\"optionTitle\""),
                "no form once published");
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
