package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events recorded where they happen and fanned out to the people they are for (docs/notifications.md):
 * follows are inserted as rows by a test hook (the follow API comes separately), the jobs are run by
 * another, and each person's rows are read back.
 */
class NotificationEventsIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aNewDraftReachesItsFollowersOnceEachHoweverManyWaysTheyFollowIt() {
        String word = "n" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.SignedIn sector = Accounts.newCitizen(http);
        Accounts.SignedIn threeWays = Accounts.newCitizen(http);
        Accounts.SignedIn byWord = Accounts.newCitizen(http);
        Accounts.SignedIn otherWord = Accounts.newCitizen(http);
        Accounts.SignedIn otherSector = Accounts.newCitizen(http);
        follow(sector.id(), "SECTOR", "sector", "energy");
        follow(threeWays.id(), "SECTOR", "sector", "energy");
        follow(threeWays.id(), "AGENCY", "agency", "ministry-of-justice");
        search(threeWays.id(), "energy", word.substring(0, 6));
        search(byWord.id(), null, word.substring(0, 7));
        search(otherWord.id(), "energy", "zq" + word);
        follow(otherSector.id(), "SECTOR", "sector", "health");

        String number = Participation.openDraft(http, "Bildirishnoma " + word);
        fanOut();

        assertEquals(1, told(sector, number, "DRAFT_PUBLISHED"));
        assertEquals(1, told(threeWays, number, "DRAFT_PUBLISHED"), "one row however many ways");
        assertEquals(1, told(byWord, number, "DRAFT_PUBLISHED"), "a saved search whose word begins the draft's");
        assertEquals(0, told(otherWord, number, "DRAFT_PUBLISHED"), "a word the draft lacks");
        assertEquals(0, told(otherSector, number, "DRAFT_PUBLISHED"));
        JsonObject event = events(number, "DRAFT_PUBLISHED").get(0);
        assertTrue(event.getInt("deliveries") >= 1, "instant deliveries made: " + event);
    }

    @Test
    void fanningOutTwiceAtOnceWritesTheSameRows() throws Exception {
        List<Accounts.SignedIn> followers = List.of(Accounts.newCitizen(http), Accounts.newCitizen(http));
        followers.forEach(f -> follow(f.id(), "AGENCY", "agency", "ministry-of-justice"));
        String number = Participation.openDraft(http, "Parallel");

        CompletableFuture<Http.Reply> one = CompletableFuture.supplyAsync(
                () -> new Http(base).postJson("/api/v1/test/jobs/notifications/fan-out", "{}"));
        CompletableFuture<Http.Reply> two = CompletableFuture.supplyAsync(
                () -> new Http(base).postJson("/api/v1/test/jobs/notifications/fan-out", "{}"));
        assertEquals(200, one.get().status(), one.get()::toString);
        assertEquals(200, two.get().status(), two.get()::toString);
        fanOut();

        for (Accounts.SignedIn f : followers) {
            assertEquals(1, told(f, number, "DRAFT_PUBLISHED"));
        }
        JsonObject event = events(number, "DRAFT_PUBLISHED").get(0);
        assertEquals("DONE", event.getString("state"));
    }

    @Test
    void aReplyTellsTheAuthorAnsweredButNotOneWhoAnswersThemselvesAndHidingItCancelsIt() {
        String number = Participation.openDraft(http, "Javoblar");
        Accounts.SignedIn author = Accounts.newCitizen(http);
        Accounts.SignedIn replier = Accounts.newCitizen(http);
        long comment = Participation.post(http, author, number, Participation.comment("Taklifim bor."));
        long reply = Participation.post(http, replier, number, Participation.reply("Qoʻshilaman.", comment));
        Participation.post(http, author, number, Participation.reply("Rahmat.", comment));
        fanOut();

        assertEquals(1, told(author, number, "COMMENT_REPLY"));
        assertEquals(0, told(replier, number, "COMMENT_REPLY"));
        List<JsonObject> replies = events(number, "COMMENT_REPLY");
        assertEquals(1, replies.size(), "a reply to one's own comment is no event: " + replies);
        assertEquals(reply, replies.get(0).getJsonNumber("comment_id").longValue());

        Accounts.SignedIn moderator = Accounts.demoModerator(http);
        Http.Reply hidden = http.postJson(
                "/api/v1/moderation/comments/" + reply + "/hide",
                "{\"reason\":\"Haqorat\"}",
                "Authorization",
                moderator.bearer());
        assertEquals(200, hidden.status(), hidden::toString);
        assertFalse(events(number, "COMMENT_REPLY").get(0).isNull("cancelled_at"), "the hidden reply's event");
    }

    @Test
    void aFollowedDraftClosingIn3DaysIsRecordedOnceAndAnExtensionAndAWithdrawalReachItsFollowers() {
        FollowedDraft followed = followedDraft("Muddat");
        Accounts.SignedIn editor = followed.editor();
        String number = followed.number();
        Instant closesAt = followed.closesAt();
        Accounts.SignedIn follower = followed.follower();

        // Two days and a bit before the end: the watch records it once, however often it looks.
        Drafts.moveClock(http, Duration.between(Instant.now(), closesAt.minus(Duration.ofDays(2))));
        fanOut();
        fanOut();
        assertEquals(1, events(number, "DRAFT_CLOSING_SOON").size());
        assertEquals(1, told(follower, number, "DRAFT_CLOSING_SOON"));

        Http.Reply extended = http.postJson(
                "/api/v1/drafts/" + number + "/extensions",
                "{\"closesAt\": \"%s\", \"reason\": \"Koʻp savollar\"}".formatted(closesAt.plus(Duration.ofDays(10))),
                "Authorization",
                editor.bearer());
        assertEquals(200, extended.status(), extended::toString);
        fanOut();
        assertEquals(1, told(follower, number, "DRAFT_EXTENDED"));
        assertEquals(1, events(number, "DRAFT_CLOSING_SOON").size(), "the new end is more than 3 days away");

        Http.Reply withdrawn = http.postJson(
                "/api/v1/drafts/" + number + "/withdrawal",
                "{\"reason\": \"Qayta ishlanadi\"}",
                "Authorization",
                editor.bearer());
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        fanOut();
        assertEquals(1, told(follower, number, "DRAFT_WITHDRAWN"));
        assertFalse(events(number, "DRAFT_CLOSING_SOON").get(0).isNull("cancelled_at"), "closing soon cancelled");
        assertFalse(events(number, "DRAFT_PUBLISHED").get(0).isNull("cancelled_at"), "new draft cancelled");
    }

    @Test
    void aClosedDiscussionReachesItsFollowersItsReportTheAgencysEditorsAndAnOverdueSummaryThemAgain() {
        FollowedDraft followed = followedDraft("Yopilish");
        Accounts.SignedIn editor = followed.editor();
        String number = followed.number();
        Instant closesAt = followed.closesAt();
        Accounts.SignedIn follower = followed.follower();

        Reports.close(http, closesAt);
        Reports.runJob(http, number); // written and put in the agency's inbox
        fanOut();
        assertEquals(1, told(follower, number, "DRAFT_CLOSED"));
        assertEquals(1, told(editor, number, "REPORT_RECEIVED"));
        assertEquals(0, told(follower, number, "REPORT_RECEIVED"), "the agency's news, not the public's");

        // Thirty days on and no summary published: the agency's editors are reminded, once.
        Drafts.moveClock(
                http,
                Duration.between(
                        Instant.now(), closesAt.plus(Duration.ofDays(30)).plus(Duration.ofHours(1))));
        fanOut();
        fanOut();
        assertEquals(1, events(number, "SUMMARY_DUE").size());
        assertEquals(1, told(editor, number, "SUMMARY_DUE"));
        assertEquals(0, told(follower, number, "SUMMARY_DUE"));
    }

    @Test
    void administratorsHearOnceADayThatExpertApplicationsWait() {
        Accounts.SignedIn applicant = Accounts.newCitizen(http);
        Http.Reply applied = http.postJson("/api/v1/expert-applications", """
                {"status": "academic", "organisation": "Samarqand davlat universiteti",
                 "qualification": "Huquq fanlari doktori.", "statement": "Ekspertizada qatnashmoqchiman."}""", "Authorization", applicant.bearer());
        assertEquals(201, applied.status(), applied::toString);
        Accounts.SignedIn admin = Accounts.demoAdmin(http);

        // Noon of a Tashkent day of this story's own, far ahead (other stories' applications wait too).
        LocalDate day = LocalDate.now(Reports.TASHKENT).plusDays(1000 + new Random().nextInt(4000));
        Instant noon = day.atTime(12, 0).atZone(Reports.TASHKENT).toInstant();
        Drafts.moveClock(http, Duration.between(Instant.now(), noon));
        fanOut();
        fanOut();
        Drafts.moveClock(http, Duration.between(Instant.now(), noon.plus(Duration.ofHours(3))));
        fanOut();
        List<JsonObject> told = Decisions.rows(http, admin.id()).stream()
                .filter(r -> r.getString("event_type").equals("EXPERT_APPLICATIONS_WAITING"))
                .filter(r -> r.getString("dedup_key").equals("expert-applications:" + day))
                .toList();
        assertEquals(1, told.size(), "once that day, however often the watch looks: " + told);
        assertTrue(Long.parseLong(told.get(0).getString("detail")) >= 1, told::toString);
        assertEquals(
                0,
                Decisions.rows(http, applicant.id()).stream()
                        .filter(r -> r.getString("event_type").equals("EXPERT_APPLICATIONS_WAITING"))
                        .count(),
                "administrators only");
    }

    // --- fixtures

    /** A draft of the Ministry of Justice open for 15 days, its editor, and a citizen who follows it. */
    private record FollowedDraft(
            Accounts.SignedIn editor, String number, Instant closesAt, Accounts.SignedIn follower) {}

    private FollowedDraft followedDraft(String title) {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = Drafts.create(
                http,
                editor,
                Drafts.lawWithThreeClauses(
                        title + " " + UUID.randomUUID().toString().substring(0, 8)));
        JsonObject published = Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Accounts.SignedIn follower = Accounts.newCitizen(http);
        follow(follower.id(), "DRAFT", "draft", number);
        return new FollowedDraft(
                editor,
                number,
                Instant.parse(published.getJsonObject("discussion").getString("closesAt")),
                follower);
    }

    private void fanOut() {
        Http.Reply run = http.postJson("/api/v1/test/jobs/notifications/fan-out", "{}");
        assertEquals(200, run.status(), run::toString);
    }

    private void follow(long account, String target, String field, String value) {
        insert(Json.createObjectBuilder()
                .add("account", account)
                .add("target", target)
                .add(field, value));
    }

    private void search(long account, String sector, String word) {
        JsonObjectBuilder follow =
                Json.createObjectBuilder().add("account", account).add("target", "SEARCH");
        if (sector != null) {
            follow.add("sector", sector);
        }
        JsonArrayBuilder words = Json.createArrayBuilder().add(word);
        insert(follow.add("words", words));
    }

    private void insert(JsonObjectBuilder follow) {
        Http.Reply inserted = http.postJson(
                "/api/v1/test/notifications/subscriptions", follow.build().toString());
        assertEquals(200, inserted.status(), inserted::toString);
    }

    private long told(Accounts.SignedIn who, String number, String type) {
        return Decisions.notified(http, who.id(), number, type);
    }

    private List<JsonObject> events(String number, String type) {
        Http.Reply events = http.get("/api/v1/test/notifications/events?draft=" + number);
        assertEquals(200, events.status(), events::toString);
        return events.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("event_type").equals(type))
                .toList();
    }
}
