package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client reads a draft, its comments, a reference list and a published summary twice and is answered
 * 304 with the same tag the second time, until something changes; every answer says who may cache it and
 * for how long, and what it varies by. A client that writes too often learns the quota it ran out of.
 */
class ConditionalReadsIT extends PortalIntegration {

    /** The report job mails the agency; the summary story needs its report made. */
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
    void aReferenceListIsPublicForFiveMinutesAndNotModifiedWhileItsTagIsCurrent() {
        Http.Reply first = http.get("/api/v1/sectors", "Accept-Language", "en");
        assertEquals(200, first.status(), first::toString);
        String tag = tag(first);
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), "a strong tag: " + tag);
        assertEquals("public, max-age=300", first.header("Cache-Control").orElseThrow());
        assertEquals(Set.of("Accept-Language", "Cookie"), vary(first));

        Http.Reply again = http.get("/api/v1/sectors", "Accept-Language", "en", "If-None-Match", tag);
        assertNotModified(again, tag);
        assertEquals("public, max-age=300", again.header("Cache-Control").orElseThrow());
        assertEquals(Set.of("Accept-Language", "Cookie"), vary(again));
        // Weak comparison, lists and *, as RFC 9110 says.
        assertNotModified(
                http.get("/api/v1/sectors", "Accept-Language", "en", "If-None-Match", "\"stale\", W/" + tag), tag);
        assertNotModified(http.get("/api/v1/sectors", "Accept-Language", "en", "If-None-Match", "*"), tag);
        assertEquals(
                200,
                http.get("/api/v1/sectors", "Accept-Language", "en", "If-None-Match", "\"stale\"")
                        .status());

        // Another language is another representation; chosen in the address, it varies by nothing else.
        Http.Reply russian = http.get("/api/v1/sectors", "Accept-Language", "ru", "If-None-Match", tag);
        assertEquals(200, russian.status());
        assertNotEquals(tag, tag(russian));
        Http.Reply chosen = http.get("/api/v1/sectors?lang=ru", "Accept-Language", "en");
        assertEquals(tag(russian), tag(chosen));
        assertEquals(Set.of(), vary(chosen));

        // The same for a signed-in caller: still public.
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Http.Reply signedIn = http.get("/api/v1/regions?lang=en", "Authorization", citizen.bearer());
        assertEquals("public, max-age=300", signedIn.header("Cache-Control").orElseThrow());
        assertNotModified(http.get("/api/v1/regions?lang=en", "If-None-Match", tag(signedIn)), tag(signedIn));

        // Errors are never tagged.
        Http.Reply missing = http.get("/api/v1/drafts/ID-1", "If-None-Match", "*");
        assertEquals(404, missing.status());
        assertTrue(missing.header("ETag").isEmpty(), missing.headers()::toString);
    }

    @Test
    void anAgencysUnpublishedDraftIsPrivateAndAnEditChangesItsTag() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String title = "Shartli " + UUID.randomUUID().toString().substring(0, 8);
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(title));
        String path = "/api/v1/drafts/" + number;

        Http.Reply first = http.get(path, "Authorization", editor.bearer());
        assertEquals(200, first.status(), first::toString);
        assertEquals("private, max-age=10", first.header("Cache-Control").orElseThrow());
        assertEquals(Set.of("Accept-Language", "Cookie", "Authorization"), vary(first));
        String tag = tag(first);
        assertNotModified(http.get(path, "Authorization", editor.bearer(), "If-None-Match", tag), tag);
        Http.Reply stranger = http.get(path, "If-None-Match", tag);
        assertEquals(404, stranger.status(), "the tag reveals nothing to anyone else");
        assertTrue(stranger.header("ETag").isEmpty());

        assertEquals(
                200,
                http.putJson(path, Drafts.lawWithThreeClauses(title + " tahrir"), "Authorization", editor.bearer())
                        .status());
        Http.Reply edited = http.get(path + "?lang=uz", "Authorization", editor.bearer(), "If-None-Match", tag);
        assertEquals(200, edited.status(), edited::toString);
        assertNotEquals(tag, tag(edited));
        assertEquals(title + " tahrir", edited.json().getString("title"));
        assertEquals(Set.of("Authorization"), vary(edited));
    }

    @Test
    void aDraftsCommentsAreRevalidatedEveryTimeAndANewCommentChangesTheirTag() {
        String number = Participation.openDraft(http, "Shartli izohlar");
        String comments = "/api/v1/drafts/" + number + "/comments";
        String counts = comments + "/counts";

        Http.Reply first = http.get(comments, "Accept-Language", "en");
        assertEquals(200, first.status(), first::toString);
        assertEquals("public, no-cache", first.header("Cache-Control").orElseThrow());
        assertEquals(Set.of("Accept-Language", "Cookie", "Authorization"), vary(first));
        String tag = tag(first);
        assertNotModified(http.get(comments, "Accept-Language", "en", "If-None-Match", tag), tag);
        Http.Reply firstCounts = http.get(counts);
        assertEquals("public, no-cache", firstCounts.header("Cache-Control").orElseThrow());
        assertEquals(Set.of(), vary(firstCounts), "numbers are the same in every language and for everyone");
        assertNotModified(http.get(counts, "If-None-Match", tag(firstCounts)), tag(firstCounts));

        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Participation.post(http, citizen, number, Participation.comment("Yangi fikr"));
        Http.Reply after = http.get(comments, "Accept-Language", "en", "If-None-Match", tag);
        assertEquals(200, after.status(), "the new comment is news");
        assertNotEquals(tag, tag(after));
        assertEquals(1, after.json().getInt("total"));
        Http.Reply countsAfter = http.get(counts, "If-None-Match", tag(firstCounts));
        assertEquals(200, countsAfter.status());
        assertEquals(1, countsAfter.json().getInt(""));
        assertNotModified(http.get(comments, "Accept-Language", "en", "If-None-Match", tag(after)), tag(after));

        // The author's copy says the comment is theirs: private, and its own tag.
        Http.Reply mine = http.get(comments, "Accept-Language", "en", "Authorization", citizen.bearer());
        assertEquals("private, no-cache", mine.header("Cache-Control").orElseThrow());
        assertNotEquals(tag(after), tag(mine));
        assertNotModified(
                http.get(
                        comments,
                        "Accept-Language",
                        "en",
                        "Authorization",
                        citizen.bearer(),
                        "If-None-Match",
                        tag(mine)),
                tag(mine));
    }

    @Test
    void aClosedDraftAndItsPublishedSummaryAreNotModifiedWhileCurrentFilesIncluded() {
        Decisions.Closed closed =
                Decisions.closedWithComments(http, List.of("Birinchi taklif matni", "Ikkinchi taklif matni"));
        String number = closed.draft().number();
        String editor = closed.draft().editor().bearer();

        // A closed discussion's draft no longer counts down: its representation stays the same.
        Http.Reply draft = http.get("/api/v1/drafts/" + number + "?lang=en");
        assertEquals("public, max-age=10", draft.header("Cache-Control").orElseThrow());
        assertEquals(Set.of("Authorization"), vary(draft));
        assertNotModified(http.get("/api/v1/drafts/" + number + "?lang=en", "If-None-Match", tag(draft)), tag(draft));

        // Before publishing the summary is the agency's: private, and its files, still changing, are not tagged.
        String summary = "/api/v1/drafts/" + number + "/summary";
        Http.Reply preview = http.get(summary + "?lang=en", "Authorization", editor);
        assertEquals(200, preview.status(), preview::toString);
        assertEquals("private, max-age=60", preview.header("Cache-Control").orElseThrow());
        Http.Reply previewCsv = http.get(summary + "/csv?lang=en", "Authorization", editor);
        assertEquals(200, previewCsv.status());
        assertTrue(previewCsv.header("ETag").isEmpty(), previewCsv.headers()::toString);

        assertEquals(
                200,
                http.putJson(
                                "/api/v1/drafts/" + number + "/decisions",
                                Decisions.decisions(
                                        String.valueOf(closed.comments().get(0)),
                                        "accepted",
                                        null,
                                        String.valueOf(closed.comments().get(1)),
                                        "rejected",
                                        "Asossiz"),
                                "Authorization",
                                editor)
                        .status());
        Http.Reply stale = http.get(summary + "?lang=en", "Authorization", editor, "If-None-Match", tag(preview));
        assertEquals(200, stale.status(), "decided since");
        assertEquals(
                200,
                http.postJson("/api/v1/drafts/" + number + "/decisions/publication", "{}", "Authorization", editor)
                        .status());

        Http.Reply published = http.get(summary + "?lang=en");
        assertEquals(200, published.status(), published::toString);
        assertEquals("public, max-age=60", published.header("Cache-Control").orElseThrow());
        assertNotModified(http.get(summary + "?lang=en", "If-None-Match", tag(published)), tag(published));

        Http.Reply csv = http.get(summary + "/csv?lang=en");
        assertEquals(200, csv.status());
        String csvTag = tag(csv);
        assertTrue(csvTag.matches("W/\"[A-Za-z0-9_-]{22}\""), "a weak tag for a generated file: " + csvTag);
        assertEquals("public, max-age=60", csv.header("Cache-Control").orElseThrow());
        Http.Reply csvAgain = http.get(summary + "/csv?lang=en", "If-None-Match", csvTag);
        assertNotModified(csvAgain, csvTag);
        assertTrue(csvAgain.header("Content-Disposition").isEmpty(), "a 304 carries no body's metadata");
        assertNotModified(http.get(summary + "/csv?lang=en", "If-None-Match", csvTag.substring(2)), csvTag);
        assertNotEquals(csvTag, tag(http.get(summary + "/csv?lang=ru")));
        Http.Reply workbook = http.get(summary + "/workbook?lang=en");
        assertNotEquals(csvTag, tag(workbook));
        assertNotModified(http.get(summary + "/workbook?lang=en", "If-None-Match", tag(workbook)), tag(workbook));
    }

    @Test
    void theEleventhCommentWithinAMinuteStatesTheQuotaItRanOutOf() {
        String number = Participation.openDraft(http, "Shartli cheklov");
        Accounts.SignedIn busy = Accounts.newCitizen(http);
        for (int i = 1; i <= 10; i++) {
            Participation.post(http, busy, number, Participation.comment("Fikr " + i));
        }
        Http.Reply eleventh = http.postJson(
                "/api/v1/drafts/" + number + "/comments",
                Participation.comment("Yana"),
                "Authorization",
                busy.bearer());
        assertEquals(429, eleventh.status(), eleventh::toString);
        long retryAfter = Long.parseLong(eleventh.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 61, "Retry-After " + retryAfter);
        assertEquals(
                "\"comments\";q=10;w=60", eleventh.header("RateLimit-Policy").orElseThrow());
        assertEquals(
                "\"comments\";r=0;t=" + retryAfter, eleventh.header("RateLimit").orElseThrow());
        assertTrue(eleventh.header("ETag").isEmpty());
    }

    @Test
    void aLockedAccountSaysHowLongTheLockLasts() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String wrong = "{\"email\": \"%s\", \"password\": \"guessing-123\"}".formatted(citizen.email());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, http.postJson("/api/v1/tokens", wrong).status(), "attempt " + attempt);
        }
        Http.Reply locked = http.postJson("/api/v1/tokens", wrong);
        assertEquals(429, locked.status(), locked::toString);
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);
        assertEquals("\"sign-in\";q=5;w=900", locked.header("RateLimit-Policy").orElseThrow());
        assertEquals(
                "\"sign-in\";r=0;t=" + retryAfter, locked.header("RateLimit").orElseThrow());
    }

    private static String tag(Http.Reply reply) {
        return reply.header("ETag")
                .orElseThrow(() -> new AssertionError("no ETag: " + reply.status() + " " + reply.headers()));
    }

    private static void assertNotModified(Http.Reply reply, String tag) {
        assertEquals(304, reply.status(), reply::toString);
        assertEquals("", reply.body());
        assertEquals(tag, tag(reply));
        assertTrue(reply.header("Cache-Control").isPresent(), "a 304 says how long the copy is good for");
    }

    /** What the portal varies by; Liberty's compression adds Accept-Encoding to every answer it may compress. */
    private static Set<String> vary(Http.Reply reply) {
        return reply.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Vary"))
                .flatMap(e -> e.getValue().stream())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("Accept-Encoding"))
                .collect(Collectors.toSet());
    }
}
