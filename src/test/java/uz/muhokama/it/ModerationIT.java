package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Anyone signed in flags abuse; moderators hide and restore with reasons, every act in the audit log. */
class ModerationIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aFlaggedCommentReachesTheQueueAndAModeratorHidesItWithTheActInTheAuditLog() {
        String number = Participation.openDraft(http, "Moderatsiya");
        Accounts.SignedIn author = Accounts.newCitizen(http);
        Accounts.SignedIn reader = Accounts.newCitizen(http);
        long id = Participation.post(http, author, number, Participation.comment("Haqoratli gap"));

        String flags = "/api/v1/comments/" + id + "/flags";
        assertEquals(
                201,
                http.postJson(flags, "{\"reason\":\"Haqorat\"}", "Authorization", reader.bearer())
                        .status());
        Http.Reply again = http.postJson(flags, "{\"reason\":\"Yana\"}", "Authorization", reader.bearer());
        assertEquals(409, again.status());
        assertEquals("flag.already", again.json().getString("code"));
        assertEquals(
                400,
                http.postJson(flags, "{\"reason\":\"\"}", "Authorization", author.bearer())
                        .status());

        assertEquals(
                403,
                http.get("/api/v1/moderation/queue", "Authorization", reader.bearer())
                        .status());
        Accounts.SignedIn moderator = Accounts.demoModerator(http);
        JsonArray queue = http.get("/api/v1/moderation/queue?size=100", "Authorization", moderator.bearer())
                .json()
                .getJsonArray("items");
        JsonObject flagged = queue.stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals("Haqorat", flagged.getJsonArray("flags").getJsonObject(0).getString("reason"));
        assertEquals(number, flagged.getString("draft"));

        String hide = "/api/v1/moderation/comments/" + id + "/hide";
        assertEquals(
                403,
                http.postJson(hide, "{\"reason\":\"x\"}", "Authorization", reader.bearer())
                        .status());
        assertEquals(
                400,
                http.postJson(hide, "{}", "Authorization", moderator.bearer()).status());
        Http.Reply hidden =
                http.postJson(hide, "{\"reason\":\"Haqorat, 3-qoida\"}", "Authorization", moderator.bearer());
        assertEquals(200, hidden.status(), hidden::toString);
        assertEquals("hidden", hidden.json().getString("state"));
        assertEquals("Haqoratli gap", hidden.json().getString("text"), "moderators still read the text");
        assertEquals(
                409,
                http.postJson(hide, "{\"reason\":\"Yana\"}", "Authorization", moderator.bearer())
                        .status());

        JsonObject shown = http.get("/api/v1/drafts/" + number + "/comments")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("hidden", shown.getString("state"));
        assertFalse(shown.containsKey("text") && !shown.isNull("text"));
        String page = http.get("/drafts/" + number, "Accept-Language", "en").body();
        assertTrue(page.contains("Hidden by moderator."), page);
        assertFalse(page.contains("Haqoratli gap"));

        JsonArray log = http.get("/api/v1/moderation/comments/" + id, "Authorization", moderator.bearer())
                .json()
                .getJsonArray("moderation");
        assertEquals(1, log.size());
        assertEquals("hide-comment", log.getJsonObject(0).getString("action"));
        assertEquals("Haqorat, 3-qoida", log.getJsonObject(0).getString("reason"));
        assertEquals(
                moderator.id(), log.getJsonObject(0).getJsonNumber("actorId").longValue());
        assertTrue(log.getJsonObject(0).containsKey("actedAt"));

        Http.Reply restored = http.postJson(
                "/api/v1/moderation/comments/" + id + "/restore",
                "{\"reason\":\"Xato bilan\"}",
                "Authorization",
                moderator.bearer());
        assertEquals("visible", restored.json().getString("state"));
        assertEquals(2, restored.json().getJsonArray("moderation").size());
        assertEquals(
                "Haqoratli gap",
                http.get("/api/v1/drafts/" + number + "/comments")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("text"));
    }

    @Test
    void copiesOfOneTextAreGroupedIntoACampaignForModerators() {
        String number = Participation.openDraft(http, "Kampaniya");
        Accounts.SignedIn first = Accounts.newCitizen(http);
        Accounts.SignedIn second = Accounts.newCitizen(http);
        String[] copies = {
            "Men bu loyihaga qarshiman!",
            "men bu loyihaga QARSHIMAN",
            "Men  bu loyihaga qarshiman 2",
            "Men bu loyihaga, qarshiman...",
            "MEN BU LOYIHAGA QARSHIMAN!!!",
            "Men bu loyihaga qarshiman 7"
        };
        for (int i = 0; i < copies.length; i++) {
            Participation.post(http, i % 2 == 0 ? first : second, number, Participation.comment(copies[i]));
        }
        Participation.post(http, first, number, Participation.comment("Tariflar boʻyicha 3-band aniqroq yozilsin."));
        Participation.post(http, second, number, Participation.comment("Maqsad aniq, qoʻllab-quvvatlayman."));

        Accounts.SignedIn moderator = Accounts.demoModerator(http);
        Http.Reply campaigns =
                http.get("/api/v1/moderation/drafts/" + number + "/campaigns", "Authorization", moderator.bearer());
        assertEquals(200, campaigns.status(), campaigns::toString);
        JsonArray groups = campaigns.jsonArray();
        assertEquals(1, groups.size(), groups::toString);
        assertEquals(6, groups.getJsonObject(0).getInt("comments"));
        assertTrue(groups.getJsonObject(0).getString("text").toLowerCase().contains("qarshiman"));
        assertEquals(
                403,
                http.get("/api/v1/moderation/drafts/" + number + "/campaigns", "Authorization", first.bearer())
                        .status());
        Accounts.PageSession page = Accounts.signInOnPage(http, moderator.email(), moderator.password());
        assertTrue(http.get("/moderation/drafts/" + number, "Cookie", page.cookies())
                .body()
                .toLowerCase()
                .contains("qarshiman"));
    }
}
