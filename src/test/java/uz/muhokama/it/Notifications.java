package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The notification delivery stories' fixtures: people, events written as the fan-out writes them (the
 * testkit's rows resource), the e-mail jobs, and the e-mails a person got.
 */
public final class Notifications {

    private Notifications() {}

    /** A registered person, in {@code language}. */
    public record Person(long id, String email) {}

    public static Person person(Http http, String language) {
        String email = Accounts.uniqueEmail("notified");
        Http.Reply registered = http.postJson(
                "/api/v1/accounts",
                Accounts.registration(email, Accounts.STRONG_PASSWORD, "Dilnoza Yusupova", "UZ-TK", language));
        assertEquals(201, registered.status(), registered::toString);
        return new Person(registered.json().getJsonNumber("id").longValue(), email);
    }

    /** An event of {@code type} for these people; each person's notification id by account id. */
    public static Map<Long, Long> event(Http http, String type, Person... people) {
        return eventAndId(http, type, people).notifications();
    }

    public record Made(long event, Map<Long, Long> notifications) {}

    public static Made eventAndId(Http http, String type, Person... people) {
        String accounts = Arrays.stream(people).map(p -> String.valueOf(p.id())).collect(Collectors.joining(","));
        Http.Reply made =
                http.postJson("/api/v1/test/notification-rows/events?type=" + type + "&accounts=" + accounts, "{}");
        assertEquals(200, made.status(), made::toString);
        JsonObject json = made.json();
        Map<Long, Long> ids = new java.util.HashMap<>();
        json.getJsonObject("notifications")
                .forEach((k, v) -> ids.put(Long.parseLong(k), ((jakarta.json.JsonNumber) v).longValue()));
        return new Made(json.getJsonNumber("event").longValue(), ids);
    }

    public static void cancel(Http http, long event) {
        Http.Reply done = http.postJson("/api/v1/test/notification-rows/events/" + event + "/cancel", "{}");
        assertEquals(204, done.status(), done::toString);
    }

    public static void prefer(Http http, Person person, String topic, String frequency) {
        Http.Reply done = http.putJson(
                "/api/v1/test/notification-rows/accounts/" + person.id() + "/preferences?topic=" + topic + "&frequency="
                        + frequency,
                "{}");
        assertEquals(204, done.status(), done::toString);
    }

    /** The person's digests go out in the server clock's current hour (and day). */
    public static void digestNow(Http http, Person person) {
        Http.Reply done = http.putJson("/api/v1/test/notification-rows/accounts/" + person.id() + "/schedule", "{}");
        assertEquals(204, done.status(), done::toString);
    }

    /** The person's rows' mail states, oldest first. */
    public static List<String> states(Http http, Person person) {
        return rows(http, person).stream().map(r -> r.getString("mailState")).toList();
    }

    public static List<JsonObject> rows(Http http, Person person) {
        Http.Reply rows = http.get("/api/v1/test/notification-rows/accounts/" + person.id() + "/rows");
        assertEquals(200, rows.status(), rows::toString);
        return rows.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    public static JsonObject runInstant(Http http) {
        Http.Reply run = http.postJson("/api/v1/test/jobs/notifications/instant", "{}");
        assertEquals(200, run.status(), run::toString);
        return run.json();
    }

    public static JsonObject runDigest(Http http) {
        Http.Reply run = http.postJson("/api/v1/test/jobs/notifications/digest", "{}");
        assertEquals(200, run.status(), run::toString);
        return run.json();
    }

    /** The messages to {@code person} among those received. */
    public static List<MimeMessage> to(MimeMessage[] received, Person person) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : received) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(person.email()))) {
                found.add(m);
            }
        }
        return found;
    }

    public static String messageId(MimeMessage message) throws Exception {
        return message.getHeader("Message-ID", null);
    }

    /** The decoded text of a message. */
    public static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    /** The path of the one-click link in a message's List-Unsubscribe header ({@code /unsubscribe/…?lang=…}). */
    public static String unsubscribePath(MimeMessage message) throws Exception {
        String header = message.getHeader("List-Unsubscribe", null);
        assertTrue(header != null && header.startsWith("<http") && header.endsWith(">"), String.valueOf(header));
        return header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
    }
}
