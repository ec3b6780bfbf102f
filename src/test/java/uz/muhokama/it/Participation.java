package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Fixtures for participation: a draft whose discussion is open now, and comments on it. */
final class Participation {

    private Participation() {}

    /** A three-clause law of the Ministry of Justice, published and open (the clock is moved 2 minutes on). */
    static String openDraft(Http http, String title) {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        String number = Drafts.create(
                http,
                editor,
                Drafts.lawWithThreeClauses(
                        title + " " + UUID.randomUUID().toString().substring(0, 8)));
        JsonObject published = Drafts.publish(http, editor, number, Duration.ZERO, 15);
        // Forward just past the opening; never back, so drafts opened earlier in the same test stay open.
        Instant opens = Instant.parse(published.getJsonObject("discussion").getString("opensAt"));
        long offset = http.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
        Drafts.moveClock(
                http,
                Duration.ofSeconds(
                        Math.max(offset, Duration.between(Instant.now(), opens).toSeconds() + 5)));
        return number;
    }

    static String comment(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    static String commentOnClause(String text, String clause) {
        return Json.createObjectBuilder()
                .add("text", text)
                .add("clause", clause)
                .build()
                .toString();
    }

    static String reply(String text, long to) {
        return Json.createObjectBuilder()
                .add("text", text)
                .add("replyTo", to)
                .build()
                .toString();
    }

    static long post(Http http, Accounts.SignedIn who, String number, String json) {
        Http.Reply posted =
                http.postJson("/api/v1/drafts/" + number + "/comments", json, "Authorization", who.bearer());
        assertEquals(201, posted.status(), posted::toString);
        long id = posted.json().getJsonNumber("id").longValue();
        String location = posted.header("Location").orElseThrow(() -> new AssertionError("no Location: " + posted));
        assertTrue(location.endsWith("/api/v1/drafts/" + number + "/comments/" + id), location);
        return id;
    }
}
