package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client pages through a draft's 1,000 comments and through the drafts search by cursor: every row once,
 * in order, the last page without next or Link, a second read of a page answered 304; a cursor changed,
 * taken to another list or another sort is a 400 on cursor.
 */
class CursorsIT extends PortalIntegration {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aClientPagesThroughEveryCommentOnceInOrderAndRereadsAPageAs304() {
        String number = Participation.openDraft(http, "Kursorlar");
        List<Accounts.SignedIn> citizens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            citizens.add(Accounts.newCitizen(http));
        }
        List<Long> written = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < 10; n++) {
                for (Accounts.SignedIn citizen : citizens) { // ten each a minute: the rate limit allows no more
                    written.add(
                            Participation.post(http, citizen, number, Participation.comment("Fikr " + written.size())));
                }
            }
            long offset = http.get("/api/v1/test/clock")
                    .json()
                    .getJsonNumber("offsetSeconds")
                    .longValue();
            Drafts.moveClock(http, Duration.ofSeconds(offset + 61));
        }
        // A reply joins its thread and is no row of the list.
        Participation.post(http, citizens.get(0), number, Participation.reply("Javob", written.get(0)));

        String list = "/api/v1/drafts/" + number + "/comments";
        assertEquals(1_000, written.size());
        assertEquals(written, pageThrough(list + "?sort=oldest&size=100")); // 10 full pages: the 10th offers no 11th
        List<Long> newest = new ArrayList<>(written);
        Collections.reverse(newest);
        assertEquals(newest, pageThrough(list + "?size=80"));

        // The first page again: 304 with its tag, and the same Link.
        Http.Reply first = http.get(list + "?size=25");
        String tag = first.header("ETag").orElseThrow();
        Http.Reply again = http.get(list + "?size=25", "If-None-Match", tag);
        assertEquals(304, again.status(), again::toString);
        assertEquals(first.header("Link"), again.header("Link"));
        // A page reached by cursor is conditional too.
        String next = first.json().getString("next");
        Http.Reply second = http.get(list + "?size=25&cursor=" + next);
        assertEquals(
                304,
                http.get(
                                list + "?size=25&cursor=" + next,
                                "If-None-Match",
                                second.header("ETag").orElseThrow())
                        .status());

        // Changed by one character, anywhere: refused, never another page.
        for (int i : new int[] {0, next.length() / 2, next.indexOf('.') + 1, next.length() - 1}) {
            char c = next.charAt(i);
            String tampered = next.substring(0, i) + (c == 'A' ? 'B' : 'A') + next.substring(i + 1);
            assertCursorRefused(list + "?size=25&cursor=" + tampered, "cursor.invalid");
        }
        assertCursorRefused(list + "?size=25&cursor=" + next.substring(0, next.length() - 3), "cursor.invalid");
        assertCursorRefused(list + "?size=25&cursor=garbage~~", "cursor.invalid");
        assertCursorRefused(list + "?size=25&cursor=" + "A".repeat(5000), "cursor.invalid");
        // Made for newest first: not for oldest first, another clause, another draft, or the drafts search.
        assertCursorRefused(list + "?size=25&sort=oldest&cursor=" + next, "cursor.other-list");
        assertCursorRefused(list + "?size=25&clause=2&cursor=" + next, "cursor.other-list");
        String other = Participation.openDraft(http, "Boshqa");
        assertCursorRefused("/api/v1/drafts/" + other + "/comments?size=25&cursor=" + next, "cursor.other-list");
        assertCursorRefused("/api/v1/drafts?cursor=" + next, "cursor.other-list");
        // Errors in the caller's language.
        Http.Reply russian = http.get(list + "?size=25&sort=oldest&cursor=" + next + "&lang=ru");
        assertTrue(russian.body().contains("курсор"), russian::toString);
    }

    @Test
    void theDraftsSearchByCursorFindsWhatPageNumbersFindInEveryOrder() {
        String word = "kursor" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-justice");
        for (int i = 0; i < 7; i++) {
            String draft = Drafts.create(http, editor, Drafts.lawWithThreeClauses(word + " " + i));
            Drafts.publish(http, editor, draft, Duration.ofMinutes(i), 15 + i);
        }
        for (String sort : List.of("newest", "oldest", "closing", "discussed")) {
            String query = "/api/v1/drafts?q=" + word + "&sort=" + sort + "&size=3";
            List<String> byPage = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                http.get(query + "&page=" + page)
                        .json()
                        .getJsonArray("items")
                        .forEach(item -> byPage.add(item.asJsonObject().getString("number")));
            }
            assertEquals(7, byPage.size(), sort);
            assertEquals(byPage, numbers(query), sort);
        }
        // Without words the filters are written into the statement, the cursor's keys too.
        String query = "/api/v1/drafts?agency=ministry-of-justice&size=2";
        List<String> byPage = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            http.get(query + "&page=" + page)
                    .json()
                    .getJsonArray("items")
                    .forEach(item -> byPage.add(item.asJsonObject().getString("number")));
        }
        List<String> byCursor = numbers(query);
        assertEquals(byPage, byCursor.subList(0, byPage.size()));

        String newest = http.get("/api/v1/drafts?q=" + word + "&size=3").json().getString("next");
        assertCursorRefused("/api/v1/drafts?q=" + word + "&size=3&sort=oldest&cursor=" + newest, "cursor.other-list");
        assertCursorRefused("/api/v1/drafts?q=" + word + "&size=3&sector=energy&cursor=" + newest, "cursor.other-list");
        assertEquals(
                200,
                http.get("/api/v1/drafts?q=" + word + "&size=3&sort=newest&cursor=" + newest)
                        .status());
    }

    /** Ids of every top-level comment, following next (checked against the Link header) to the end. */
    private List<Long> pageThrough(String first) {
        List<Long> ids = new ArrayList<>();
        for (JsonObject page : pages(first)) {
            page.getJsonArray("items")
                    .forEach(item ->
                            ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
        }
        return ids;
    }

    private List<String> numbers(String first) {
        List<String> numbers = new ArrayList<>();
        for (JsonObject page : pages(first)) {
            page.getJsonArray("items")
                    .forEach(item -> numbers.add(item.asJsonObject().getString("number")));
        }
        return numbers;
    }

    private List<JsonObject> pages(String first) {
        List<JsonObject> pages = new ArrayList<>();
        String path = first;
        for (int i = 0; path != null; i++) {
            assertTrue(i < 200, "paging never ends");
            Http.Reply reply = http.get(path);
            assertEquals(200, reply.status(), reply::toString);
            JsonObject page = reply.json();
            pages.add(page);
            boolean last = !page.containsKey("next") || page.get("next").getValueType() == JsonValue.ValueType.NULL;
            if (last) {
                assertFalse(reply.header("Link").isPresent(), "the last page has no Link: " + reply);
                assertFalse(page.getJsonArray("items").isEmpty() && i > 0, "no empty last page");
                path = null;
            } else {
                String next = page.getString("next");
                Matcher link =
                        LINK.matcher(reply.header("Link").orElseThrow(() -> new AssertionError("no Link: " + reply)));
                assertTrue(link.matches(), reply::toString);
                String target = link.group(1);
                assertTrue(target.startsWith(base.getPath()), target);
                assertTrue(target.contains("cursor=" + next), target);
                assertFalse(target.contains("page="), target);
                path = "/" + target.substring(base.getPath().length());
            }
        }
        return pages;
    }

    private void assertCursorRefused(String path, String code) {
        Http.Reply reply = http.get(path, "Accept-Language", "en");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("cursor", error.getString("field"), reply::toString);
        assertTrue(
                error.getString("message")
                        .startsWith(
                                code.equals("cursor.invalid")
                                        ? "This cursor is not one the portal gave out"
                                        : "This cursor belongs to another list"),
                reply::toString);
        assertFalse(reply.header("ETag").isPresent());
    }
}
