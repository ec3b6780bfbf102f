package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Following things, choosing how often one hears of them, and the notifications page, over the API and
 * on the pages: each kind of follow, refusals naming their field with nothing stored, the same follow
 * twice being one, another person's follows and notifications out of reach, the settings' round trip,
 * and the inbox (its rows put there by the test hook, as the fan-out would) with the header's count.
 */
class FollowsIT extends PortalIntegration {

    private static final String FOLLOWS = "/api/v1/me/follows";

    @Test
    void eachKindIsFollowedOnceHoweverOftenItIsAskedFor() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String draft = publishedDraft();

        JsonObject sector = created(citizen, "{\"target\": \"sector\", \"code\": \"energy\"}");
        assertEquals("sector", sector.getString("target"));
        assertEquals("energy", sector.getString("code"));
        assertEquals("/sectors/energy", sector.getString("link"));
        assertTrue(sector.getString("label").startsWith("Sector: "), sector::toString);
        created(citizen, "{\"target\": \"agency\", \"code\": \"ministry-of-energy\"}");
        JsonObject region = created(citizen, "{\"target\": \"region\", \"code\": \"UZ-TK\"}");
        assertTrue(region.getString("label").startsWith("Region: "), region::toString);
        JsonObject followedDraft = created(citizen, "{\"target\": \"draft\", \"draft\": \"%s\"}".formatted(draft));
        assertEquals(draft, followedDraft.getString("draft"));
        assertTrue(followedDraft.getString("label").contains("Draft law"), followedDraft::toString);
        JsonObject search = created(
                citizen,
                "{\"target\": \"search\", \"q\": \"Tarif  Energiya\", \"sector\": \"energy\", \"from\": \"2026-01-01\"}");
        assertTrue(search.getString("label").startsWith("Search: "), search::toString);
        assertEquals("energy", search.getJsonObject("search").getString("sector"));

        // The same things again, one written differently: the follows there are, nothing new.
        Http.Reply again = follow(citizen, "{\"target\": \"sector\", \"code\": \"energy\"}");
        assertEquals(200, again.status(), again::toString);
        assertEquals(
                sector.getJsonNumber("id").longValue(),
                again.json().getJsonNumber("id").longValue());
        Http.Reply sameSearch = follow(
                citizen,
                "{\"target\": \"search\", \"q\": \"energiya tarif\", \"sector\": \"energy\", \"from\": \"2026-01-01\"}");
        assertEquals(200, sameSearch.status(), sameSearch::toString);
        assertEquals(
                search.getJsonNumber("id").longValue(),
                sameSearch.json().getJsonNumber("id").longValue());
        Http.Reply sameDraft =
                follow(citizen, "{\"target\": \"draft\", \"draft\": \"%s\"}".formatted(draft.substring(3)));
        assertEquals(200, sameDraft.status(), sameDraft::toString);

        JsonArray mine = mine(citizen);
        assertEquals(5, mine.size(), mine::toString);
        assertEquals(
                List.of("sector", "agency", "region", "draft", "search"),
                mine.stream().map(f -> f.asJsonObject().getString("target")).toList());

        Http.Reply unfollowed =
                http.delete(FOLLOWS + "/" + region.getJsonNumber("id").longValue(), "Authorization", citizen.bearer());
        assertEquals(204, unfollowed.status(), unfollowed::toString);
        assertEquals(4, mine(citizen).size());
    }

    @Test
    void whatCannotBeFollowedIsRefusedOnItsFieldAndNothingIsStored() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        assertRefused(
                citizen, "{\"target\": \"sector\", \"code\": \"no-such-sector\"}", "There is no such sector.", "code");
        assertRefused(citizen, "{\"target\": \"agency\", \"code\": \"\"}", "There is no such agency.", "code");
        assertRefused(citizen, "{\"target\": \"region\", \"code\": \"UZ-XX\"}", "There is no such region.", "code");
        assertRefused(citizen, "{\"target\": \"planet\", \"code\": \"energy\"}", "Choose what to follow", "target");
        assertRefused(
                citizen,
                "{\"target\": \"search\", \"sector\": \"nope\", \"actType\": \"nope\", \"from\": \"2026-13-01\"}",
                "There is no such sector.",
                "actType",
                "from",
                "sector");
        assertRefused(citizen, "{\"target\": \"search\", \"q\": \"  \"}", "at least one filter or word", "q");
        assertRefused(
                citizen,
                "{\"target\": \"search\", \"q\": \"bir ikki uch tort besh olti yetti sakkiz toqqiz\"}",
                "at most 8 words",
                "q");

        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String unpublished = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Kuzatuv " + UUID.randomUUID()));
        assertEquals(
                404,
                follow(citizen, "{\"target\": \"draft\", \"draft\": \"%s\"}".formatted(unpublished))
                        .status());
        assertEquals(
                404,
                follow(citizen, "{\"target\": \"draft\", \"draft\": \"ID-1\"}").status());
        assertEquals(0, mine(citizen).size());

        // At most 50 follows: every sector, then agencies, and the fifty-first is refused.
        List<String> sectors = codes("/api/v1/sectors");
        List<String> agencies = codes("/api/v1/agencies");
        int followed = 0;
        for (String code : sectors) {
            created(citizen, "{\"target\": \"sector\", \"code\": \"%s\"}".formatted(code));
            followed++;
        }
        for (int i = 0; followed < 50; i++, followed++) {
            created(citizen, "{\"target\": \"agency\", \"code\": \"%s\"}".formatted(agencies.get(i)));
        }
        assertRefused(citizen, "{\"target\": \"region\", \"code\": \"UZ-TK\"}", "as many as one may", "target");
        assertEquals(50, mine(citizen).size());
    }

    @Test
    void anotherPersonsFollowsAndNotificationsAreNotFound() {
        Accounts.SignedIn owner = Accounts.newCitizen(http);
        Accounts.SignedIn other = Accounts.newCitizen(http);
        long follow = created(owner, "{\"target\": \"sector\", \"code\": \"energy\"}")
                .getJsonNumber("id")
                .longValue();
        long notification =
                deliver(owner, false, false).getJsonNumber("notificationId").longValue();

        assertEquals(
                404,
                http.delete(FOLLOWS + "/" + follow, "Authorization", other.bearer())
                        .status());
        assertEquals(
                404,
                http.postJson("/api/v1/me/notifications/" + notification + "/read", "", "Authorization", other.bearer())
                        .status());
        assertEquals(
                404,
                http.delete(FOLLOWS + "/nonsense", "Authorization", other.bearer())
                        .status());
        assertEquals(1, mine(owner).size());
        assertEquals(1, unread(owner));
        assertEquals(401, http.get(FOLLOWS).status());
        assertEquals(401, http.get("/api/v1/me/notifications").status());
    }

    @Test
    void settingsRoundTripAndBadValuesChangeNothing() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        JsonObject defaults = settings(citizen);
        assertEquals(
                "{\"new-drafts\":\"daily\",\"followed-drafts\":\"instant\",\"replies\":\"instant\",\"decisions\":\"instant\"}",
                defaults.getJsonObject("frequencies").toString().replace(" ", ""));
        assertEquals(8, defaults.getInt("digestHour"));
        assertEquals(1, defaults.getInt("digestWeekday"));

        Http.Reply changed = http.putJson(
                "/api/v1/me/notification-settings",
                "{\"frequencies\": {\"new-drafts\": \"instant\", \"replies\": \"never\"}, \"digestHour\": 19}",
                "Authorization",
                citizen.bearer());
        assertEquals(200, changed.status(), changed::toString);
        JsonObject after = settings(citizen);
        assertEquals(changed.json(), after);
        assertEquals("instant", after.getJsonObject("frequencies").getString("new-drafts"));
        assertEquals("never", after.getJsonObject("frequencies").getString("replies"));
        assertEquals("instant", after.getJsonObject("frequencies").getString("decisions"));
        assertEquals(19, after.getInt("digestHour"));
        assertEquals(1, after.getInt("digestWeekday"));

        // Sent back as read: nothing changes.
        Http.Reply same =
                http.putJson("/api/v1/me/notification-settings", after.toString(), "Authorization", citizen.bearer());
        assertEquals(after, same.json());

        Http.Reply bad = http.putJson(
                "/api/v1/me/notification-settings?lang=en",
                "{\"frequencies\": {\"replies\": \"sometimes\", \"gossip\": \"daily\", \"decisions\": \"weekly\"}, "
                        + "\"digestHour\": 24, \"digestWeekday\": 0}",
                "Authorization",
                citizen.bearer());
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(
                List.of("digestHour", "digestWeekday", "frequencies.gossip", "frequencies.replies"),
                fields(bad.json()));
        assertTrue(bad.body().contains("Choose an hour from 0 to 23."), bad::toString);
        assertEquals(after, settings(citizen));
    }

    @Test
    void theInboxShowsUnreadFirstAndMarksRead() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        long read =
                deliver(citizen, true, false).getJsonNumber("notificationId").longValue();
        long older =
                deliver(citizen, false, false).getJsonNumber("notificationId").longValue();
        deliver(citizen, false, true); // cancelled since: never shown nor counted
        long newer =
                deliver(citizen, false, false).getJsonNumber("notificationId").longValue();

        JsonObject page = http.get("/api/v1/me/notifications", "Authorization", citizen.bearer())
                .json();
        assertEquals(List.of(newer, older, read), ids(page));
        assertFalse(page.getJsonArray("items").getJsonObject(0).getBoolean("read"));
        assertEquals("new-drafts", page.getJsonArray("items").getJsonObject(0).getString("topic"));
        assertEquals(2, unread(citizen));

        Accounts.PageSession session = Accounts.signInOnPage(http, citizen.email(), citizen.password());
        Http.Reply home = http.get("/", "Cookie", session.cookies());
        assertTrue(home.body().contains("aria-label=\"Notifications, 2 unread\""), home::toString);
        Http.Reply notifications = http.get("/me/notifications", "Cookie", session.cookies());
        assertEquals(200, notifications.status(), notifications::toString);
        assertTrue(
                notifications.body().indexOf("notification-" + newer)
                        < notifications.body().indexOf("notification-" + read),
                "unread first");

        Http.Reply marked = http.postForm(
                "/me/notifications/" + older + "/read", Map.of("_csrf", session.csrf()), "Cookie", session.cookies());
        assertEquals(303, marked.status(), marked::toString);
        assertEquals(1, unread(citizen));
        assertEquals(
                List.of(newer, older, read),
                ids(http.get("/api/v1/me/notifications", "Authorization", citizen.bearer())
                        .json()));
        Http.Reply all = http.postJson("/api/v1/me/notifications/read", "", "Authorization", citizen.bearer());
        assertEquals(204, all.status(), all::toString);
        assertEquals(0, unread(citizen));
        assertTrue(http.get("/", "Cookie", session.cookies()).body().contains("Notifications, 0 unread"));

        // Pages of 20 by cursor.
        for (int i = 0; i < 20; i++) {
            deliver(citizen, false, false);
        }
        JsonObject first = http.get("/api/v1/me/notifications", "Authorization", citizen.bearer())
                .json();
        assertEquals(20, first.getJsonArray("items").size());
        JsonObject second = http.get(
                        "/api/v1/me/notifications?cursor=" + first.getString("next"), "Authorization", citizen.bearer())
                .json();
        assertEquals(List.of(newer, older, read), ids(second));
        assertFalse(second.containsKey("next") && !second.isNull("next"));
    }

    @Test
    void thePagesFollowSaveSettingsAndShowRefusals() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String draft = publishedDraft();
        Accounts.PageSession session = Accounts.signInOnPage(http, citizen.email(), citizen.password());

        Http.Reply followed = postPage(
                session, "/me/follows", Map.of("target", "sector", "code", "energy", "return", "/sectors/energy"));
        assertEquals(303, followed.status(), followed::toString);
        assertTrue(followed.header("Location").orElseThrow().endsWith("/sectors/energy?followed=sector"));
        Http.Reply sectorPage = http.get("/sectors/energy?followed=sector", "Cookie", session.cookies());
        assertTrue(sectorPage.body().contains("You follow it now."), sectorPage::toString);
        assertEquals(
                303,
                postPage(
                                session,
                                "/me/follows",
                                Map.of("target", "draft", "draft", draft, "return", "/drafts/" + draft))
                        .status());
        assertEquals(
                303,
                postPage(
                                session,
                                "/me/follows",
                                Map.of(
                                        "target",
                                        "search",
                                        "q",
                                        "quyosh",
                                        "agency",
                                        "ministry-of-energy",
                                        "return",
                                        "/drafts?q=quyosh&agency=ministry-of-energy"))
                        .status());
        assertEquals(
                303,
                postPage(
                                session,
                                "/me/follows",
                                Map.of("target", "region", "code", "UZ-SA", "return", "https://evil.example/"))
                        .status());
        assertEquals(4, mine(citizen).size());

        // The buttons say what is followed already (the search however its words are written) and offer to stop.
        Http.Reply draftPage = http.get("/drafts/" + draft, "Cookie", session.cookies());
        assertTrue(draftPage.body().contains("data-unfollow=\"draft\""), draftPage::toString);
        assertTrue(draftPage.body().contains("Unfollow this draft"), draftPage::toString);
        assertFalse(draftPage.body().contains("data-follow=\"draft\""), draftPage::toString);
        Http.Reply searchPage = http.get("/drafts?agency=ministry-of-energy&q=Quyosh", "Cookie", session.cookies());
        assertTrue(searchPage.body().contains("data-unfollow=\"search\""), searchPage::toString);
        assertTrue(searchPage.body().contains("data-follow=\"agency\""), searchPage::toString);
        Matcher unfollowForm =
                Pattern.compile("action=\"/me/follows/([0-9]+)/unfollow\"").matcher(draftPage.body());
        assertTrue(unfollowForm.find(), draftPage::toString);
        Http.Reply unfollowed = postPage(
                session,
                "/me/follows/" + unfollowForm.group(1) + "/unfollow",
                Map.of("target", "draft", "return", "/drafts/" + draft + "?followed=draft"));
        assertEquals(303, unfollowed.status(), unfollowed::toString);
        String back = unfollowed.header("Location").orElseThrow();
        assertTrue(back.endsWith("/drafts/" + draft + "?unfollowed=draft"), back);
        Http.Reply draftAgain = http.get("/drafts/" + draft + "?unfollowed=draft", "Cookie", session.cookies());
        assertTrue(draftAgain.body().contains("You no longer follow it."), draftAgain::toString);
        assertTrue(draftAgain.body().contains("data-follow=\"draft\""), draftAgain::toString);
        assertEquals(3, mine(citizen).size());
        assertEquals(
                303,
                postPage(
                                session,
                                "/me/follows",
                                Map.of("target", "draft", "draft", draft, "return", "/drafts/" + draft))
                        .status());
        assertEquals(4, mine(citizen).size());

        Http.Reply page = http.get("/me/follows", "Cookie", session.cookies());
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Search: "), page::toString);

        Http.Reply refused = postPage(session, "/me/follows", Map.of("target", "sector", "code", "atlantis"));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("There is no such sector."), refused::toString);
        assertEquals(4, mine(citizen).size());

        Http.Reply saved = postPage(
                session,
                "/me/follows/settings",
                Map.of("new-drafts", "weekly", "digestHour", "7", "digestWeekday", "5"));
        assertEquals(303, saved.status(), saved::toString);
        JsonObject now = settings(citizen);
        assertEquals("weekly", now.getJsonObject("frequencies").getString("new-drafts"));
        assertEquals(7, now.getInt("digestHour"));
        assertEquals(5, now.getInt("digestWeekday"));
        Http.Reply badHour = postPage(session, "/me/follows/settings", Map.of("digestHour", "25"));
        assertEquals(400, badHour.status(), badHour::toString);
        assertTrue(badHour.body().contains("Choose an hour from 0 to 23."), badHour::toString);
        assertEquals(7, settings(citizen).getInt("digestHour"));

        // Anonymous: through the sign-in page and back.
        String csrf = http.get("/sign-in").cookieValue("muhokama_csrf").orElseThrow();
        Http.Reply anonymous = http.postForm(
                "/me/follows",
                Map.of("_csrf", csrf, "target", "sector", "code", "energy", "return", "/sectors/energy"),
                "Cookie",
                "muhokama_csrf=" + csrf);
        assertEquals(303, anonymous.status(), anonymous::toString);
        assertTrue(anonymous.header("Location").orElseThrow().contains("/sign-in?next=%2Fsectors%2Fenergy"));
        assertTrue(http.get("/sectors/energy?lang=en").body().contains("href=\"/sign-in?next=%2Fsectors%2Fenergy\""));
    }

    private Http.Reply postPage(Accounts.PageSession session, String path, Map<String, String> fields) {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", session.csrf());
        return http.postForm(path, form, "Cookie", session.cookies());
    }

    private String publishedDraft() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses("Kuzatuv " + UUID.randomUUID()));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        return number;
    }

    private Http.Reply follow(Accounts.SignedIn who, String json) {
        return http.postJson(FOLLOWS + "?lang=en", json, "Authorization", who.bearer());
    }

    private JsonObject created(Accounts.SignedIn who, String json) {
        Http.Reply reply = follow(who, json);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private void assertRefused(Accounts.SignedIn who, String json, String message, String... fields) {
        Http.Reply reply = follow(who, json);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.body().contains(message), reply::toString);
        assertEquals(List.of(fields), fields(reply.json()));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .distinct()
                .sorted()
                .toList();
    }

    private JsonArray mine(Accounts.SignedIn who) {
        return http.get(FOLLOWS, "Authorization", who.bearer()).jsonArray();
    }

    private JsonObject settings(Accounts.SignedIn who) {
        Http.Reply reply = http.get("/api/v1/me/notification-settings", "Authorization", who.bearer());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private int unread(Accounts.SignedIn who) {
        return http.get("/api/v1/me/notifications/unread-count", "Authorization", who.bearer())
                .json()
                .getInt("unread");
    }

    private List<String> codes(String path) {
        return http.get(path).jsonArray().stream()
                .map(v -> v.asJsonObject().getString("code"))
                .toList();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(n -> n.getJsonNumber("id").longValue())
                .toList();
    }

    /** A notification in the person's inbox through the test hook, as the fan-out would write it. */
    private JsonObject deliver(Accounts.SignedIn who, boolean read, boolean cancelled) {
        Http.Reply reply = http.postJson(
                "/api/v1/test/notifications/inbox",
                "{\"accountId\": %d, \"type\": \"DRAFT_PUBLISHED\", \"cancelled\": %b, \"read\": %b}"
                        .formatted(who.id(), cancelled, read));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
