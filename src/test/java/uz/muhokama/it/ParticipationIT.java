package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Citizens comment on drafts and clauses, reply, edit, withdraw and vote, only while a discussion is open. */
class ParticipationIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    private Http.Reply comments(String number, String query) {
        return http.get("/api/v1/drafts/" + number + "/comments" + query);
    }

    @Test
    void aCitizenCommentsOnTheDraftAndOnClause2AndRepliesAndEveryoneSeesTheThreads() {
        String number = Participation.openDraft(http, "Izohlar");
        Accounts.SignedIn aziza = Accounts.newCitizen(http);
        Accounts.SignedIn other = Accounts.newCitizen(http);

        long onDraft = Participation.post(http, aziza, number, Participation.comment("Umuman qoʻllab-quvvatlayman."));
        long onClause2 = Participation.post(
                http, aziza, number, Participation.commentOnClause("Tushunchalar toʻliq emas.", "2"));
        long reply = Participation.post(http, other, number, Participation.reply("Qoʻshilaman.", onClause2));

        Http.Reply page = comments(number, "?sort=oldest");
        assertEquals(200, page.status(), page::toString);
        JsonObject list = page.json();
        assertEquals(2, list.getInt("total"), "replies live inside their thread");
        JsonObject first = list.getJsonArray("items").getJsonObject(0);
        assertEquals(onDraft, first.getJsonNumber("id").longValue());
        assertEquals("Aziza Karimova", first.getJsonObject("author").getString("name"));
        assertEquals(
                "UZ-SA", first.getJsonObject("author").getJsonObject("region").getString("code"));
        assertFalse(page.body().contains("@"), "no e-mail is ever public: " + page.body());
        JsonObject thread = list.getJsonArray("items").getJsonObject(1);
        assertEquals("2", thread.getString("clause"));
        assertEquals(
                reply,
                thread.getJsonArray("replies")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                "2",
                thread.getJsonArray("replies").getJsonObject(0).getString("clause"),
                "a reply stays with the clause");

        JsonObject clause2 = comments(number, "?clause=2").json();
        assertEquals(1, clause2.getInt("total"));
        JsonObject counts =
                http.get("/api/v1/drafts/" + number + "/comments/counts").json();
        assertEquals(3, counts.getInt(""));
        assertEquals(2, counts.getInt("2"));
        assertEquals(0, counts.getInt("3"));
        assertEquals(
                onClause2,
                comments(number, "?sort=newest&size=1")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                "newest first by default");
    }

    @Test
    void aCitizenCommentsOneSecondAfterClosingAndGets409AndNothingIsStored() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Muddat " + UUID.randomUUID()));
        JsonObject published = Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Instant closes = Instant.parse(published.getJsonObject("discussion").getString("closesAt"));
        Accounts.SignedIn citizen = Accounts.newCitizen(http);

        Http.Reply early = http.postJson(
                "/api/v1/drafts/" + number + "/comments",
                Participation.comment("Erta"),
                "Authorization",
                citizen.bearer());
        assertEquals(409, early.status(), early::toString);
        assertEquals("comment.discussion-not-open-yet", early.json().getString("code"));

        Drafts.moveClock(http, Duration.between(Instant.now(), closes.plusSeconds(1)));
        Http.Reply late = http.postJson(
                "/api/v1/drafts/" + number + "/comments",
                Participation.comment("Kech qoldim"),
                "Authorization",
                citizen.bearer(),
                "Accept-Language",
                "ru");
        assertEquals(409, late.status(), late::toString);
        assertEquals("application/problem+json", late.contentType());
        assertEquals(
                "Обсуждение завершено; комментарии больше не принимаются.",
                late.json().getString("detail"));
        assertEquals(0, comments(number, "").json().getInt("total"), "nothing stored");
        assertEquals(
                409,
                http.putJson(
                                "/api/v1/drafts/" + number + "/vote",
                                "{\"vote\":\"SUPPORT\"}",
                                "Authorization",
                                citizen.bearer())
                        .status());
    }

    @Test
    void aCommentWithAScriptTagIsShownAsTextOnTheDraftPage() {
        String number = Participation.openDraft(http, "Xavfsizlik");
        Participation.post(
                http,
                Accounts.newCitizen(http),
                number,
                Participation.comment("<script>alert('x')</script> va <b>qalin</b>"));

        Http.Reply page = http.get("/drafts/" + number);
        assertEquals(200, page.status());
        assertTrue(
                page.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; va &lt;b&gt;qalin&lt;/b&gt;"),
                page.body());
        assertFalse(page.body().contains("<script>alert"));
        assertFalse(page.body().contains("<b>qalin"));
    }

    @Test
    void theEleventhCommentWithinAMinuteIsRefusedWith429AndRetryAfter() {
        String number = Participation.openDraft(http, "Cheklov");
        Accounts.SignedIn busy = Accounts.newCitizen(http);
        for (int i = 1; i <= 10; i++) {
            Participation.post(http, busy, number, Participation.comment("Fikr raqami " + i));
        }
        Http.Reply eleventh = http.postJson(
                "/api/v1/drafts/" + number + "/comments",
                Participation.comment("Yana bittasi"),
                "Authorization",
                busy.bearer(),
                "Accept-Language",
                "en");
        assertEquals(429, eleventh.status(), eleventh::toString);
        long retryAfter = Long.parseLong(eleventh.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 61, "Retry-After " + retryAfter);
        assertTrue(eleventh.json().getString("detail").startsWith("You have sent many comments"), eleventh::toString);
        assertEquals(10, comments(number, "").json().getInt("total"));

        long offset = http.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
        Drafts.moveClock(http, Duration.ofSeconds(offset + retryAfter + 1));
        Participation.post(http, busy, number, Participation.comment("Bir daqiqadan keyin"));
    }

    @Test
    void aVoteChangedTwiceIsStillOneVoteAndParallelClicksMakeOneRow() throws Exception {
        String number = Participation.openDraft(http, "Ovoz");
        Accounts.SignedIn voter = Accounts.newCitizen(http);
        String vote = "/api/v1/drafts/" + number + "/vote";
        JsonObject none = http.get(vote).json();
        assertEquals(0, none.getInt("support"), none::toString);
        assertEquals(0, none.getInt("oppose"), none::toString);

        assertEquals(
                200,
                http.putJson(vote, "{\"vote\":\"SUPPORT\"}", "Authorization", voter.bearer())
                        .status());
        assertEquals(
                200,
                http.putJson(vote, "{\"vote\":\"OPPOSE\"}", "Authorization", voter.bearer())
                        .status());
        JsonObject tally = http.putJson(vote, "{\"vote\":\"SUPPORT\"}", "Authorization", voter.bearer())
                .json();
        assertEquals(1, tally.getInt("support"));
        assertEquals(0, tally.getInt("oppose"));
        assertEquals("SUPPORT", tally.getString("mine"));

        Accounts.SignedIn clicker = Accounts.newCitizen(http);
        ExecutorService clicks = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String choice = i % 2 == 0 ? "OPPOSE" : "SUPPORT";
                all.add(() -> new Http(base)
                        .putJson(vote, "{\"vote\":\"" + choice + "\"}", "Authorization", clicker.bearer())
                        .status());
            }
            for (Future<Integer> status : clicks.invokeAll(all)) {
                assertEquals(200, status.get());
            }
        } finally {
            clicks.shutdownNow();
        }
        JsonObject counted = http.get(vote).json();
        assertEquals(2, counted.getInt("support") + counted.getInt("oppose"), "two people, two votes: " + counted);
        assertFalse(
                counted.containsKey("mine") && !counted.isNull("mine"), "anonymous callers have no vote of their own");

        JsonObject withdrawn =
                http.delete(vote, "Authorization", voter.bearer()).json();
        assertEquals(1, withdrawn.getInt("support") + withdrawn.getInt("oppose"));
        Http.Reply nonsense = http.putJson(vote, "{\"vote\":\"MAYBE\"}", "Authorization", voter.bearer());
        assertEquals(400, nonsense.status());
        assertEquals(401, http.putJson(vote, "{\"vote\":\"SUPPORT\"}").status());
    }

    @Test
    void anAuthorEditsWithinTheWindowOthersCannotAndWithdrawnCommentsKeepTheirPlace() {
        String number = Participation.openDraft(http, "Tahrir");
        Accounts.SignedIn author = Accounts.newCitizen(http);
        long id = Participation.post(http, author, number, Participation.comment("Birinchi matn"));
        String path = "/api/v1/drafts/" + number + "/comments/" + id;

        Http.Reply edited = http.putJson(path, "{\"text\":\"Tuzatilgan matn\"}", "Authorization", author.bearer());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Tuzatilgan matn", edited.json().getString("text"));
        assertTrue(edited.json().containsKey("editedAt"));
        assertEquals(
                403,
                http.putJson(
                                path,
                                "{\"text\":\"Begona\"}",
                                "Authorization",
                                Accounts.newCitizen(http).bearer())
                        .status());

        Drafts.moveClock(http, Duration.ofMinutes(20));
        Http.Reply tooLate = http.putJson(path, "{\"text\":\"Kech\"}", "Authorization", author.bearer());
        assertEquals(409, tooLate.status());
        assertEquals("comment.edit.window-passed", tooLate.json().getString("code"));

        assertEquals(204, http.delete(path, "Authorization", author.bearer()).status());
        JsonObject shown = comments(number, "").json().getJsonArray("items").getJsonObject(0);
        assertEquals("withdrawn", shown.getString("state"));
        assertFalse(shown.containsKey("text") && !shown.isNull("text"), "a withdrawn text is not public");
    }

    @Test
    void aCommentOnAClauseFollowsItIntoTheNextVersionMarkedChanged() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Bandlar " + UUID.randomUUID()));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(2));
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Participation.post(http, citizen, number, Participation.commentOnClause("Tariflar haqida", "3"));
        Participation.post(http, citizen, number, Participation.commentOnClause("Maqsad haqida", "1"));

        JsonArray v1 = http.get("/api/v1/drafts/" + number).json().getJsonArray("clauses");
        String edited = """
                {"titleUz": "Bandlar 2", "actType": "law", "sector": "energy", "changeNote": "Tariffs reworded",
                 "clauses": [
                   {"key": "%s", "number": "1", "heading": "Umumiy qoidalar", "text": "Ushbu qonunning maqsadi."},
                   {"key": "%s", "number": "2", "text": "Asosiy tushunchalar."},
                   {"number": "3", "text": "Yangi band."},
                   {"key": "%s", "number": "4", "heading": "Tariflar", "text": "Tariflar har chorakda belgilanadi."}]}""".formatted(
                        v1.getJsonObject(0).getString("key"),
                        v1.getJsonObject(1).getString("key"),
                        v1.getJsonObject(2).getString("key"));
        assertEquals(
                200,
                http.putJson("/api/v1/drafts/" + number, edited, "Authorization", editor.bearer())
                        .status());

        JsonArray items = comments(number, "?sort=oldest").json().getJsonArray("items");
        JsonObject onTariffs = items.getJsonObject(0);
        assertEquals("4", onTariffs.getString("clause"), "the comment follows its clause to its new number");
        assertTrue(onTariffs.getBoolean("clauseChanged"));
        JsonObject onPurpose = items.getJsonObject(1);
        assertEquals("1", onPurpose.getString("clause"));
        assertFalse(onPurpose.getBoolean("clauseChanged"));
        assertEquals(1, comments(number, "?clause=4").json().getInt("total"));

        String page = http.get("/drafts/" + number, "Accept-Language", "en").body();
        assertTrue(page.contains("the clause changed since this comment"), page);
    }

    @Test
    void badCommentsAreRefusedWithLocalizedReasonsAndChangeNothing() {
        String number = Participation.openDraft(http, "Xatolar");
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String path = "/api/v1/drafts/" + number + "/comments";

        Http.Reply blank = http.postJson(
                path, Participation.comment("   "), "Authorization", citizen.bearer(), "Accept-Language", "uz");
        assertEquals(400, blank.status());
        assertEquals(
                "text", blank.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                400,
                http.postJson(path, Participation.comment("x".repeat(5001)), "Authorization", citizen.bearer())
                        .status());
        Http.Reply noClause =
                http.postJson(path, Participation.commentOnClause("Matn", "99"), "Authorization", citizen.bearer());
        assertEquals(400, noClause.status());
        assertEquals(
                400,
                http.postJson(path, Participation.reply("Matn", 999_999_999L), "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                400,
                http.postJson(path, "{\"text\": ", "Authorization", citizen.bearer())
                        .status());
        assertEquals(401, http.postJson(path, Participation.comment("Anonim")).status());
        assertEquals(
                404,
                http.postJson(
                                "/api/v1/drafts/ID-999999999/comments",
                                Participation.comment("Yoʻq"),
                                "Authorization",
                                citizen.bearer())
                        .status());
        assertEquals(400, comments(number, "?sort=sideways").status());
        assertEquals(400, comments(number, "?page=abc").status());
        assertEquals(0, comments(number, "").json().getInt("total"));
    }

    @Test
    void theMostDiscussedDraftsComeFirst() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String quiet = Participation.openDraft(http, marker + " jim");
        String busy = Participation.openDraft(http, marker + " faol");
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Participation.post(http, citizen, busy, Participation.comment("Birinchi"));
        Participation.post(http, citizen, busy, Participation.comment("Ikkinchi"));
        Participation.post(http, citizen, quiet, Participation.comment("Yagona"));
        assertEquals(200, http.postJson("/api/v1/test/jobs/comment-tally", "{}").status());

        JsonArray found = http.get("/api/v1/drafts?q=" + marker + "&sort=discussed")
                .json()
                .getJsonArray("items");
        assertEquals(
                List.of(busy, quiet),
                found.stream().map(d -> d.asJsonObject().getString("number")).toList());
        assertTrue(http.get("/drafts?q=" + marker + "&sort=discussed").body().contains(busy));
    }

    @Test
    void onTheDraftPageACitizenVotesAndCommentsWithPlainFormsAndARefusedCommentKeepsItsText() {
        String number = Participation.openDraft(http, "Sahifa");
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.PageSession session = Accounts.signInOnPage(http, citizen.email(), citizen.password());

        Http.Reply voted = http.postForm(
                "/drafts/" + number + "/vote",
                Map.of("_csrf", session.csrf(), "vote", "SUPPORT"),
                "Cookie",
                session.cookies());
        assertEquals(303, voted.status(), voted::toString);
        assertEquals(
                "/drafts/" + number + "?done=voted#votes",
                URI.create(voted.header("Location").orElseThrow()).getRawPath() + "?"
                        + java.net
                                .URI
                                .create(voted.header("Location").orElseThrow())
                                .getRawQuery() + "#votes");
        Http.Reply commented = http.postForm(
                "/drafts/" + number + "/comments",
                Map.of("_csrf", session.csrf(), "text", "Sahifadan izoh: oʻzgartirish — изменение", "clause", "2"),
                "Cookie",
                session.cookies());
        assertEquals(303, commented.status(), commented::toString);

        String page = http.get("/drafts/" + number, "Cookie", session.cookies()).body();
        assertTrue(page.contains("1 support"), page);
        assertTrue(page.contains("Sahifadan izoh: oʻzgartirish — изменение"), "a form is read as UTF-8");
        assertTrue(page.contains("aria-pressed=\"true\""), "the reader sees their own vote");

        Http.Reply refused = http.postForm(
                "/drafts/" + number + "/comments",
                Map.of("_csrf", session.csrf(), "text", "y".repeat(5001)),
                "Cookie",
                session.cookies());
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("A comment can be at most 5,000 characters long."), refused.body());
        assertTrue(refused.body().contains("y".repeat(5001)), "the text is kept for the author to shorten");
        Http.Reply forged =
                http.postForm("/drafts/" + number + "/comments", Map.of("text", "CSRF"), "Cookie", session.cookies());
        assertEquals(403, forged.status());
        Http.Reply anonymous = http.postForm(
                "/drafts/" + number + "/vote",
                Map.of("_csrf", session.csrf(), "vote", "OPPOSE"),
                "Cookie",
                "muhokama_csrf=" + session.csrf());
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.header("Location").orElseThrow().contains("/sign-in?next="));
    }

    @Test
    void onThePageAnAuthorEditsAndWithdrawsTakesBackTheVoteAndAModeratorHidesAndRestoresAFlaggedComment() {
        String number = Participation.openDraft(http, "Amallar");
        Accounts.SignedIn author = Accounts.newCitizen(http);
        Accounts.PageSession mine = Accounts.signInOnPage(http, author.email(), author.password());
        assertEquals(
                303,
                form("/drafts/" + number + "/comments", mine, "text", "Birinchi matn")
                        .status());
        long id = comments(number, "")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Http.Reply edited = form("/drafts/" + number + "/comments/" + id + "/edit", mine, "text", "Tuzatilgan matn");
        assertEquals(303, edited.status(), edited::toString);
        assertEquals(
                "Tuzatilgan matn",
                comments(number, "")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("text"));

        assertEquals(
                303, form("/drafts/" + number + "/vote", mine, "vote", "OPPOSE").status());
        assertEquals(
                303,
                form("/drafts/" + number + "/vote", mine, "vote", "WITHDRAW").status());
        JsonObject tally = http.get("/api/v1/drafts/" + number + "/vote", "Authorization", author.bearer())
                .json();
        assertEquals(0, tally.getInt("support") + tally.getInt("oppose"), "the vote was taken back: " + tally);

        Accounts.SignedIn reader = Accounts.newCitizen(http);
        Accounts.PageSession theirs = Accounts.signInOnPage(http, reader.email(), reader.password());
        assertEquals(
                303,
                form("/drafts/" + number + "/comments/" + id + "/flag", theirs, "reason", "Haqorat")
                        .status());
        Http.Reply again = form("/drafts/" + number + "/comments/" + id + "/flag", theirs, "reason", "Yana");
        assertEquals(409, again.status(), "one flag per person");
        assertTrue(again.body().contains("You have already reported this comment."), again.body());

        Accounts.SignedIn moderator = Accounts.demoModerator(http);
        Accounts.PageSession desk = Accounts.signInOnPage(http, moderator.email(), moderator.password());
        assertTrue(
                http.get("/moderation", "Cookie", desk.cookies()).body().contains("Tuzatilgan matn"),
                "the flagged comment is queued");
        assertEquals(
                303,
                form("/moderation/comments/" + id + "/hide", desk, "reason", "Haqoratli soʻz")
                        .status());
        // A query of its own: anonymous readers of the plain page share a view up to a second old.
        assertTrue(http.get("/drafts/" + number + "?sort=newest", "Cookie", "muhokama_lang=en")
                .body()
                .contains("Hidden by moderator."));
        assertEquals(
                303,
                form("/moderation/comments/" + id + "/restore", desk, "reason", "Shikoyat asossiz")
                        .status());
        String restored = http.get("/drafts/" + number + "?sort=oldest", "Cookie", "muhokama_lang=en")
                .body();
        assertTrue(restored.contains("Tuzatilgan matn") && !restored.contains("Hidden by moderator."), restored);
        assertEquals(
                403,
                form("/moderation/comments/" + id + "/hide", theirs, "reason", "Men ham")
                        .status(),
                "only moderators moderate");

        assertEquals(
                303,
                form("/drafts/" + number + "/comments/" + id + "/withdraw", mine)
                        .status());
        assertEquals(
                "withdrawn",
                comments(number, "")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("state"));
    }

    @Test
    void theTwentyFirstFlagWithinAnHourIsRefusedWith429() {
        String number = Participation.openDraft(http, "Shikoyatlar");
        List<Long> ids = new ArrayList<>();
        for (int author = 0; author < 3; author++) {
            Accounts.SignedIn writer = Accounts.newCitizen(http);
            for (int i = 0; i < 7; i++) {
                ids.add(Participation.post(http, writer, number, Participation.comment("Izoh " + author + "-" + i)));
            }
        }
        Accounts.SignedIn flagger = Accounts.newCitizen(http);
        for (int i = 0; i < 20; i++) {
            assertEquals(201, flag(ids.get(i), flagger).status());
        }
        Http.Reply refused = flag(ids.get(20), flagger);
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.header("Retry-After").isPresent());

        // The moderator clears the spam reports, so the shared queue is as other stories expect it.
        Accounts.SignedIn moderator = Accounts.demoModerator(http);
        for (long id : ids.subList(0, 20)) {
            assertEquals(
                    200,
                    http.postJson(
                                    "/api/v1/moderation/comments/" + id + "/hide",
                                    "{\"reason\":\"Sinov\"}",
                                    "Authorization",
                                    moderator.bearer())
                            .status());
        }
    }

    private Http.Reply flag(long commentId, Accounts.SignedIn who) {
        return http.postJson(
                "/api/v1/comments/" + commentId + "/flags", "{\"reason\":\"Spam\"}", "Authorization", who.bearer());
    }

    private Http.Reply form(String path, Accounts.PageSession session, String... fields) {
        Map<String, String> values = new HashMap<>();
        values.put("_csrf", session.csrf());
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        return http.postForm(path, values, "Cookie", session.cookies());
    }
}
