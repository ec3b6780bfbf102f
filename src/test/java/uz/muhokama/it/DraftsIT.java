package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Agencies write and publish drafts; discussions open and close on their own; the public finds them. */
class DraftsIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    private Accounts.SignedIn justiceEditor() {
        return Accounts.newEditor(http, "ministry-of-justice");
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUnpublishedDraftIsVisibleOnlyToItsOwnAgencysEditors() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Energiya toʻgʻrisida")));
        assertTrue(number.matches("ID-\\d{6,}"), number);

        Http.Reply own = http.get("/api/v1/drafts/" + number, "Authorization", editor.bearer());
        assertEquals(200, own.status(), own::toString);
        assertEquals("unpublished", own.json().getString("status"));
        assertEquals(3, own.json().getJsonArray("clauses").size());

        Accounts.SignedIn otherAgency = Accounts.newEditor(http, "ministry-of-energy");
        assertEquals(
                404,
                http.get("/api/v1/drafts/" + number, "Authorization", otherAgency.bearer())
                        .status(),
                "another agency must not even learn that it exists");
        assertEquals(
                404,
                http.get(
                                "/api/v1/drafts/" + number,
                                "Authorization",
                                Accounts.newCitizen(http).bearer())
                        .status());
        assertEquals(404, http.get("/api/v1/drafts/" + number).status());
        Http.Reply foreignEdit = http.putJson(
                "/api/v1/drafts/" + number,
                Drafts.lawWithThreeClauses("Hijack"),
                "Authorization",
                otherAgency.bearer());
        assertEquals(404, foreignEdit.status());
    }

    @Test
    void onlyAgencyEditorsCreateDrafts() {
        Http.Reply byCitizen = http.postJson(
                "/api/v1/drafts",
                Drafts.lawWithThreeClauses("X"),
                "Authorization",
                Accounts.newCitizen(http).bearer());
        assertEquals(403, byCitizen.status());
        assertEquals(
                401,
                http.postJson("/api/v1/drafts", Drafts.lawWithThreeClauses("X")).status());
    }

    @Test
    void aDraftWithoutTitleOrClausesOrWithUnknownCodesIsRefusedFieldByField() {
        Http.Reply reply = http.postJson(
                "/api/v1/drafts?lang=en",
                "{\"titleUz\": \"\", \"actType\": \"decree-of-the-king\", \"sector\": \"energy\", \"clauses\": []}",
                "Authorization",
                justiceEditor().bearer());
        assertEquals(400, reply.status(), reply::toString);
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of("actType", "clauses", "titleUz"), fields);
    }

    @Test
    void aScheduledDraftOpensAtItsStartWithoutAnyJobAndIsListedAsOpen() {
        Accounts.SignedIn editor = justiceEditor();
        String title = unique("Tariflar haqida");
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(title));
        JsonObject published = Drafts.publish(http, editor, number, Duration.ofHours(2), 15);
        assertEquals("scheduled", published.getString("status"));
        assertEquals(200, http.get("/api/v1/drafts/" + number).status(), "published drafts are public");

        Drafts.moveClock(http, Duration.ofHours(2).plusMinutes(2));
        JsonObject draft = http.get("/api/v1/drafts/" + number).json();
        assertEquals("open", draft.getString("status"));
        assertEquals("open", draft.getJsonObject("discussion").getString("status"));

        JsonObject found = http.get("/api/v1/drafts?status=open&q=" + number).json();
        assertEquals(1, found.getInt("total"), found::toString);
        assertEquals(number, found.getJsonArray("items").getJsonObject(0).getString("number"));
        assertEquals(
                "energy",
                found.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("sector")
                        .getString("code"));
    }

    @Test
    void aWindowThatBreaksTheRulesIsRefusedWithALocalizedReason() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Qisqa")));
        Instant now = Drafts.serverNow(http);

        Http.Reply tooShort = http.postJson(
                "/api/v1/drafts/" + number + "/publish?lang=ru",
                Drafts.window(now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(10))),
                "Authorization",
                editor.bearer());
        assertEquals(400, tooShort.status(), tooShort::toString);
        assertTrue(tooShort.body().contains("не менее 15 дней"), tooShort::toString);

        Http.Reply inThePast = http.postJson(
                "/api/v1/drafts/" + number + "/publish",
                Drafts.window(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20))),
                "Authorization",
                editor.bearer());
        assertEquals(400, inThePast.status());
        assertEquals(
                "opensAt",
                inThePast.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(
                "unpublished",
                http.get("/api/v1/drafts/" + number, "Authorization", editor.bearer())
                        .json()
                        .getString("status"),
                "a refused window publishes nothing");
    }

    @Test
    void aDepartmentalOrderMayBeDiscussedForTenDays() {
        Accounts.SignedIn editor = justiceEditor();
        String order = Drafts.lawWithThreeClauses(unique("Buyruq")).replace("\"law\"", "\"departmental-order\"");
        String number = Drafts.create(http, editor, order);
        assertEquals(
                "scheduled",
                Drafts.publish(http, editor, number, Duration.ZERO, 10).getString("status"));
    }

    @Test
    void anOpenDiscussionIsExtendedOnlyLaterWithAReasonAndTheHistoryIsPublic() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Uzaytirish")));
        JsonObject published = Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Instant closes = Instant.parse(published.getJsonObject("discussion").getString("closesAt"));
        String path = "/api/v1/drafts/" + number + "/extensions";

        Http.Reply whileScheduled = http.postJson(
                path,
                "{\"closesAt\": \"%s\", \"reason\": \"More time\"}".formatted(closes.plus(Duration.ofDays(5))),
                "Authorization",
                editor.bearer());
        assertEquals(409, whileScheduled.status(), "not open yet");

        Drafts.moveClock(http, Duration.ofDays(1));
        Http.Reply earlier = http.postJson(
                path + "?lang=en",
                "{\"closesAt\": \"%s\", \"reason\": \"Shorter\"}".formatted(closes.minus(Duration.ofDays(2))),
                "Authorization",
                editor.bearer());
        assertEquals(409, earlier.status(), earlier::toString);
        assertEquals("discussion.extend.not-later", earlier.json().getString("code"));

        Http.Reply noReason = http.postJson(
                path,
                "{\"closesAt\": \"%s\", \"reason\": \" \"}".formatted(closes.plus(Duration.ofDays(5))),
                "Authorization",
                editor.bearer());
        assertEquals(400, noReason.status());

        Http.Reply extended = http.postJson(
                path,
                "{\"closesAt\": \"%s\", \"reason\": \"Many proposals from business\"}"
                        .formatted(closes.plus(Duration.ofDays(5))),
                "Authorization",
                editor.bearer());
        assertEquals(200, extended.status(), extended::toString);
        JsonObject discussion = http.get("/api/v1/drafts/" + number).json().getJsonObject("discussion");
        assertEquals(closes.plus(Duration.ofDays(5)), Instant.parse(discussion.getString("closesAt")));
        JsonArray history = discussion.getJsonArray("extensions");
        assertEquals(1, history.size());
        assertEquals("Many proposals from business", history.getJsonObject(0).getString("reason"));

        Drafts.moveClock(http, Duration.ofDays(25));
        Http.Reply afterClose = http.postJson(
                path,
                "{\"closesAt\": \"%s\", \"reason\": \"Too late\"}".formatted(closes.plus(Duration.ofDays(60))),
                "Authorization",
                editor.bearer());
        assertEquals(409, afterClose.status());
    }

    @Test
    void aDiscussionIsClosedTheMomentItEndsAndTheJobRecordsItOnce() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Yopilish")));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofDays(16));
        assertEquals(
                "closed",
                http.get("/api/v1/drafts/" + number).json().getString("status"),
                "the status is right before any job has run");

        List<Long> firstRun = closedBy(http.postJson("/api/v1/test/jobs/discussions", "{}"));
        assertTrue(firstRun.contains(Drafts.id(number)), firstRun::toString);
        List<Long> secondRun = closedBy(http.postJson("/api/v1/test/jobs/discussions", "{}"));
        assertFalse(secondRun.contains(Drafts.id(number)), "a second run closes nothing again");
    }

    @Test
    void twoJobRunnersAtOnceCloseEachDiscussionExactlyOnce() throws Exception {
        Accounts.SignedIn editor = justiceEditor();
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Parallel " + i)));
            Drafts.publish(http, editor, number, Duration.ZERO, 15);
            ours.add(Drafts.id(number));
        }
        Drafts.moveClock(http, Duration.ofDays(16));
        ExecutorService runners = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> closedBy(new Http(base).postJson("/api/v1/test/jobs/discussions", "{}")));
            }
            List<Long> closed = new ArrayList<>();
            for (Future<List<Long>> run : runners.invokeAll(runs)) {
                closed.addAll(run.get());
            }
            for (Long draft : ours) {
                assertEquals(1, closed.stream().filter(draft::equals).count(), "draft " + draft + " in " + closed);
            }
        } finally {
            runners.shutdownNow();
        }
    }

    @Test
    void anUnpublishedDraftIsEditedInPlaceKeepingClauseNumbersAndKeys() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Joyida")));
        JsonArray before = http.get("/api/v1/drafts/" + number, "Authorization", editor.bearer())
                .json()
                .getJsonArray("clauses");

        // Clause 1 kept by key and number, clause 2's number reused by a new clause, clause 3 moved to number 4:
        // the old rows must be gone before the new ones are written (uq_clause_no, uq_clause_key).
        String edited = """
                {"titleUz": "Joyida tahrir", "actType": "law", "sector": "energy",
                 "clauses": [
                   {"key": "%s", "number": "1", "text": "Ushbu qonunning yangi maqsadi."},
                   {"number": "2", "text": "Yangi tushunchalar."},
                   {"key": "%s", "number": "4", "text": "Tariflar har yili belgilanadi."}]}""".formatted(
                        before.getJsonObject(0).getString("key"),
                        before.getJsonObject(2).getString("key"));
        Http.Reply reply = http.putJson("/api/v1/drafts/" + number, edited, "Authorization", editor.bearer());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject draft = reply.json();
        assertEquals(1, draft.getInt("version"), "unpublished: edited in place, no new version");
        JsonArray after = draft.getJsonArray("clauses");
        assertEquals(
                List.of("1", "2", "4"),
                after.stream().map(c -> c.asJsonObject().getString("number")).toList());
        assertEquals(
                before.getJsonObject(0).getString("key"), after.getJsonObject(0).getString("key"));
        assertNotEquals(
                before.getJsonObject(1).getString("key"), after.getJsonObject(1).getString("key"));
        assertEquals(
                before.getJsonObject(2).getString("key"), after.getJsonObject(2).getString("key"));

        Http.Reply again = http.putJson("/api/v1/drafts/" + number, edited, "Authorization", editor.bearer());
        assertEquals(200, again.status(), "the same text sent twice: " + again);
        assertEquals(
                "Ushbu qonunning yangi maqsadi.",
                http.get("/api/v1/drafts/" + number, "Authorization", editor.bearer())
                        .json()
                        .getJsonArray("clauses")
                        .getJsonObject(0)
                        .getString("text"));
    }

    @Test
    void malformedVersionNumbersAreA400ProblemNamingTheParameter() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Versiya raqami")));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        for (String query : List.of("/changes?from=abc&to=1", "/changes?from=1&to=x", "?version=first")) {
            Http.Reply reply = http.get("/api/v1/drafts/" + number + query, "Accept-Language", "en");
            assertEquals(400, reply.status(), query + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            String field = query.contains("version") ? "version" : query.contains("from=abc") ? "from" : "to";
            assertEquals(
                    field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
        }
        assertEquals(
                200,
                http.get("/api/v1/drafts/" + number + "/changes?from=1&to=1").status());
    }

    @Test
    void editingAPublishedDraftMakesANewVersionAndClausesKeepTheirIdentity() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Versiya")));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        JsonArray v1 = http.get("/api/v1/drafts/" + number).json().getJsonArray("clauses");
        String keyOfClause3 = v1.getJsonObject(2).getString("key");

        String edited = """
                {"titleUz": "Versiya 2", "actType": "law", "sector": "energy", "changeNote": "Clause 3 reworded",
                 "clauses": [
                   {"key": "%s", "number": "1", "text": "Ushbu qonunning maqsadi."},
                   {"key": "%s", "number": "2", "heading": "Tariflar", "text": "Tariflar har chorakda belgilanadi."},
                   {"number": "3", "text": "Yangi band."}]}""".formatted(v1.getJsonObject(0).getString("key"), keyOfClause3);
        Http.Reply reply = http.putJson("/api/v1/drafts/" + number, edited, "Authorization", editor.bearer());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject v2 = reply.json();
        assertEquals(2, v2.getInt("version"));
        assertEquals(
                keyOfClause3,
                v2.getJsonArray("clauses").getJsonObject(1).getString("key"),
                "moved and edited, same clause");
        assertNotEquals(
                v1.getJsonObject(1).getString("key"),
                v2.getJsonArray("clauses").getJsonObject(2).getString("key"));

        JsonArray changes = http.get("/api/v1/drafts/" + number + "/changes?from=1&to=2")
                .json()
                .getJsonArray("changes");
        // Clause 1 lost its heading; clause 3 was reworded and renumbered 2 (clause 2 was removed): not "moved".
        assertEquals(
                List.of("EDITED", "EDITED", "ADDED", "REMOVED"),
                changes.stream().map(c -> c.asJsonObject().getString("kind")).toList());

        JsonObject first = http.get("/api/v1/drafts/" + number + "?version=1").json();
        assertEquals(1, first.getInt("version"));
        assertEquals(
                "Tariflar har yili belgilanadi.",
                first.getJsonArray("clauses").getJsonObject(2).getString("text"));
        assertEquals(2, first.getJsonArray("versions").size());
    }

    @Test
    void theSearchFindsByNumberByAnySpellingOfTheTitleAndBySector() {
        Accounts.SignedIn editor = justiceEditor();
        String marker =
                "m" + UUID.randomUUID().toString().substring(0, 7); // never all digits, which would be a draft number
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Soʻrovnoma " + marker));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);

        assertEquals(1, http.get("/api/v1/drafts?q=" + number).json().getInt("total"));
        assertEquals(
                1,
                http.get("/api/v1/drafts?q=so%27rovnoma%20" + marker).json().getInt("total"),
                "a plain apostrophe finds the modifier letter");
        assertEquals(
                1,
                http.get("/api/v1/drafts?q=%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD%D0%B0%20%C2%AB" + "so%CA%BBrovnoma%20"
                                + marker)
                        .json()
                        .getInt("total"),
                "the Russian title is searched too");
        assertEquals(
                1, http.get("/api/v1/drafts?sector=energy&q=" + marker).json().getInt("total"));
        assertEquals(
                0, http.get("/api/v1/drafts?sector=health&q=" + marker).json().getInt("total"));
        assertEquals(
                1,
                http.get("/api/v1/drafts?agency=ministry-of-justice&actType=law&status=scheduled&q=" + marker)
                        .json()
                        .getInt("total"));

        Http.Reply badStatus = http.get("/api/v1/drafts?status=forgotten&lang=en");
        assertEquals(400, badStatus.status());
        assertEquals(
                "status",
                badStatus.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, http.get("/api/v1/drafts?from=yesterday").status());
        Http.Reply badPage = http.get("/api/v1/drafts?page=two");
        assertEquals(400, badPage.status(), badPage::toString);
        assertEquals(
                "page", badPage.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, http.get("/api/v1/drafts/ID-999999999").status());
        assertEquals(404, http.get("/api/v1/drafts/not-a-number").status());
    }

    /** In the suite a word of more than 3 drafts is common (MUHOKAMA_DRAFTS_SEARCH_RARE_WORD_LIMIT). */
    @Test
    void aSearchByCommonWordsSaysAtLeastAndANumberIsMatchedWhole() {
        Accounts.SignedIn editor = justiceEditor();
        String marker = UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
        for (int i = 1; i <= 4; i++) {
            String number =
                    Drafts.create(http, editor, Drafts.lawWithThreeClauses("Umumiy" + marker + " nodir" + i + marker));
            Drafts.publish(http, editor, number, Duration.ZERO, 15);
        }
        Drafts.create(http, editor, Drafts.lawWithThreeClauses("Umumiy" + marker + " unpublished"));

        JsonObject all = http.get("/api/v1/drafts?q=umumiy" + marker).json();
        assertEquals(4, all.getInt("total"), "a page that is not full tells the total");
        assertTrue(all.getBoolean("totalExact"));
        JsonObject firstTwo =
                http.get("/api/v1/drafts?size=2&q=umumiy" + marker).json();
        assertEquals(4, firstTwo.getInt("total"), "a common word says at least as many drafts as were read of it");
        assertFalse(firstTwo.getBoolean("totalExact"));
        assertEquals(2, firstTwo.getJsonArray("items").size());
        JsonObject lastTwo =
                http.get("/api/v1/drafts?size=2&page=2&q=umumiy" + marker).json();
        assertEquals(4, lastTwo.getInt("total"));
        assertFalse(lastTwo.getBoolean("totalExact"), "a full last page cannot know it is the last");
        JsonObject afterLast =
                http.get("/api/v1/drafts?size=2&page=3&q=umumiy" + marker).json();
        assertEquals(4, afterLast.getInt("total"), "unpublished drafts have no words");
        assertTrue(afterLast.getBoolean("totalExact"));

        JsonObject filtered = http.get("/api/v1/drafts?size=2&sector=energy&q=umumiy" + marker)
                .json();
        assertEquals(2, filtered.getInt("total"), "with a filter, common words are not counted to the end");
        assertFalse(filtered.getBoolean("totalExact"));
        assertEquals(2, filtered.getJsonArray("items").size());
        assertFalse(http.get("/api/v1/drafts?size=2&page=2&sector=energy&q=umumiy" + marker)
                .json()
                .getBoolean("totalExact"));
        JsonObject past = http.get("/api/v1/drafts?size=2&page=3&sector=energy&q=umumiy" + marker)
                .json();
        assertEquals(4, past.getInt("total"), "the page after the last tells the total");
        assertTrue(past.getBoolean("totalExact"));
        assertEquals(
                0,
                http.get("/api/v1/drafts?size=2&sector=health&q=umumiy" + marker)
                        .json()
                        .getInt("total"));

        JsonObject rare = http.get("/api/v1/drafts?q=umumiy" + marker + "%20nodir3" + marker)
                .json();
        assertEquals(1, rare.getInt("total"), "a rare word narrows the search to its drafts");
        assertTrue(rare.getBoolean("totalExact"));
        assertEquals(
                0,
                http.get("/api/v1/drafts?q=nodir3" + marker + "%20nodir4" + marker)
                        .json()
                        .getInt("total"));
        assertEquals(
                0,
                http.get("/api/v1/drafts?q=unpublished%20umumiy" + marker)
                        .json()
                        .getInt("total"));

        // The word is now known to be common (CommonWords keeps that for ten minutes): a draft published since is found
        // all the same.
        Drafts.publish(
                http,
                editor,
                Drafts.create(http, editor, Drafts.lawWithThreeClauses("Umumiy" + marker + " keyin")),
                Duration.ZERO,
                15);
        JsonObject afterOneMore = http.get("/api/v1/drafts?q=umumiy" + marker).json();
        assertEquals(5, afterOneMore.getInt("total"));
        assertTrue(afterOneMore.getBoolean("totalExact"));
        JsonObject fullPage =
                http.get("/api/v1/drafts?size=2&q=umumiy" + marker).json();
        assertEquals(4, fullPage.getInt("total"), "at least as many as were read of the word when it was found common");
        assertFalse(fullPage.getBoolean("totalExact"));

        Drafts.publish(
                http,
                editor,
                Drafts.create(http, editor, Drafts.lawWithThreeClauses("Raqam" + marker + " 4821")),
                Duration.ZERO,
                15);
        Drafts.publish(
                http,
                editor,
                Drafts.create(http, editor, Drafts.lawWithThreeClauses("Raqam" + marker + " 48213")),
                Duration.ZERO,
                15);
        assertEquals(
                1,
                http.get("/api/v1/drafts?q=raqam" + marker + "%204821").json().getInt("total"),
                "a number in the query is matched whole, not as the start of longer numbers");
        assertEquals(
                0, http.get("/api/v1/drafts?q=raqam" + marker + "%20482").json().getInt("total"));
        assertEquals(
                2,
                http.get("/api/v1/drafts?q=raqa%20" + "raqam" + marker).json().getInt("total"),
                "a word still finds the words it begins");
    }

    @Test
    void aWithdrawnDraftSaysWhyAndCanNoLongerBeEdited() {
        Accounts.SignedIn editor = justiceEditor();
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(unique("Qaytarish")));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Http.Reply withdrawn = http.postJson(
                "/api/v1/drafts/" + number + "/withdrawal",
                "{\"reason\": \"Replaced by a new draft\"}",
                "Authorization",
                editor.bearer());
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("withdrawn", withdrawn.json().getString("status"));
        assertEquals(
                "Replaced by a new draft",
                http.get("/api/v1/drafts/" + number).json().getString("withdrawalReason"));
        assertEquals(
                409,
                http.putJson(
                                "/api/v1/drafts/" + number,
                                Drafts.lawWithThreeClauses("Again"),
                                "Authorization",
                                editor.bearer())
                        .status());
    }

    private static List<Long> closedBy(Http.Reply run) {
        assertEquals(200, run.status(), run::toString);
        return run.json().getJsonArray("closedDrafts").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
    }
}
