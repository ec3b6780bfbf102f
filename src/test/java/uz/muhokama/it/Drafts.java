package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Fixtures for drafts: a law with three clauses, published on a window relative to the server's clock. */
public final class Drafts {

    private Drafts() {}

    public static String lawWithThreeClauses(String title) {
        return """
                {"titleUz": "%s", "titleRu": "Проект закона «%s»", "titleEn": "Draft law %s",
                 "summaryUz": "Qisqacha mazmun", "actType": "law", "sector": "energy", "needsRia": false,
                 "clauses": [
                   {"number": "1", "heading": "Umumiy qoidalar", "text": "Ushbu qonunning maqsadi."},
                   {"number": "2", "text": "Asosiy tushunchalar."},
                   {"number": "3", "heading": "Tariflar", "text": "Tariflar har yili belgilanadi."}]}""".formatted(title, title, title);
    }

    public static String create(Http http, Accounts.SignedIn editor, String json) {
        Http.Reply created = http.postJson("/api/v1/drafts", json, "Authorization", editor.bearer());
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("number");
    }

    public static Instant serverNow(Http http) {
        return Instant.parse(http.get("/api/v1/test/clock").json().getString("now"));
    }

    public static void moveClock(Http http, Duration offset) {
        http.putJson("/api/v1/test/clock", "{\"offsetSeconds\": %d}".formatted(offset.toSeconds()));
    }

    /**
     * Publishes with a window lasting {@code days} and opening on a whole minute 30 to 90 seconds after {@code in}
     * from the server's now. The 30 seconds keep "not open yet" true for the test's next requests (with the next
     * whole minute alone, a test publishing at hh:59:59.9 found its discussion open 0.1 s later); the 90 keep
     * a clock moved two minutes ahead past the opening.
     */
    public static JsonObject publish(Http http, Accounts.SignedIn editor, String number, Duration in, int days) {
        Instant opens = serverNow(http)
                .plus(in)
                .plusSeconds(30)
                .truncatedTo(ChronoUnit.MINUTES)
                .plus(Duration.ofMinutes(1));
        Http.Reply published = http.postJson(
                "/api/v1/drafts/" + number + "/publish",
                window(opens, opens.plus(Duration.ofDays(days))),
                "Authorization",
                editor.bearer());
        assertEquals(200, published.status(), published::toString);
        return published.json();
    }

    public static String window(Instant opens, Instant closes) {
        return "{\"opensAt\": \"%s\", \"closesAt\": \"%s\"}".formatted(opens, closes);
    }

    public static long id(String number) {
        return Long.parseLong(number.substring("ID-".length()));
    }
}
