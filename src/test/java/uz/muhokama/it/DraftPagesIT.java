package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Visitors find drafts on the pages: search with shareable filters, sector pages, the draft itself. */
class DraftPagesIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    private String openDraft(String title) {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(title));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(3));
        return number;
    }

    /** In the suite a word of more than 3 drafts is common (MUHOKAMA_DRAFTS_SEARCH_RARE_WORD_LIMIT). */
    @Test
    void aSearchByACommonWordSaysAtLeastOnAFullPageAndTheExactTotalOnTheLast() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String word = "Keng" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 21; i++) {
            Drafts.publish(
                    http,
                    editor,
                    Drafts.create(http, editor, Drafts.lawWithThreeClauses(word + " loyiha " + i)),
                    Duration.ZERO,
                    15);
        }
        Http.Reply first = http.get("/drafts?lang=en&q=" + word);
        assertEquals(200, first.status(), first::toString);
        assertTrue(
                first.body().contains("At least 20 drafts found. Add a word or a filter to narrow the search."),
                first.body());
        assertTrue(first.body().contains("rel=\"next\""), "a next page is offered");
        Http.Reply last = http.get("/drafts?lang=en&page=2&q=" + word);
        assertTrue(last.body().contains("Drafts found: 21"), last.body());
    }

    @Test
    void aCitizenFindsADraftByNumberAndReadsClauseThreeByItsAnchor() {
        String number =
                openDraft("Elektr energiyasi " + UUID.randomUUID().toString().substring(0, 8));
        Http.Reply search = http.get("/drafts?lang=en&q=" + number);
        assertEquals(200, search.status(), search::toString);
        assertTrue(search.body().contains("Drafts found: 1"), search.body());
        assertTrue(search.body().contains("href=\"/drafts/" + number + "\""));

        Http.Reply page = http.get("/drafts/" + number + "?lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"clause-3\""));
        assertTrue(page.body().contains("href=\"#clause-3\""));
        assertTrue(page.body().contains("Tariflar har yili belgilanadi."));
        assertTrue(page.body().contains("Open for discussion"));
        assertTrue(page.body().contains("Ministry of Energy"));
    }

    @Test
    void anonymousReadersShareThePageForAMomentWhileASignedInReaderSeesAnEditAtOnce() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String title = "Lahza " + UUID.randomUUID().toString().substring(0, 8);
        String number = Drafts.create(http, editor, Drafts.lawWithThreeClauses(title));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(3));
        assertTrue(http.get("/drafts/" + number + "?lang=en").body().contains("Open for discussion"));

        Http.Reply edit = http.putJson(
                "/api/v1/drafts/" + number,
                Drafts.lawWithThreeClauses(title + " tahrir"),
                "Authorization",
                editor.bearer());
        assertEquals(200, edit.status(), edit::toString);
        assertTrue(edit.body().contains(title + " tahrir"), edit::toString);
        Accounts.SignedIn reader = Accounts.newCitizen(http);
        Accounts.PageSession session = Accounts.signInOnPage(http, reader.email(), reader.password());
        String signedIn = http.get("/drafts/" + number + "?lang=en", "Cookie", session.cookies())
                .body();
        assertTrue(signedIn.contains(title + " tahrir"), () -> "a signed-in reader always reads afresh: " + signedIn);
        Drafts.moveClock(http, Duration.ofMinutes(3).plusSeconds(2));
        String later = http.get("/drafts/" + number + "?lang=en").body();
        assertTrue(
                later.contains(title + " tahrir") && later.contains("version 2"),
                "a moment later everyone sees the edit");
        assertTrue(
                http.get("/drafts/" + number + "?version=1&lang=en").body().contains("version 1"),
                "other views are never shared");
    }

    @Test
    void theDemosClosedDraftGoesTheWholeWayToItsPublishedSummary() {
        // The tour shows the whole loop: the demo draft that closed days ago is closed by the job, its report
        // written, and the demo agency's decisions published (demo.DemoDecisions, through HistoricDecisions).
        var found = http.get("/api/v1/drafts?agency=ministry-of-economy-and-finance&q=soliq%20imtiyozlari")
                .json()
                .getJsonArray("items");
        assertFalse(found.isEmpty(), "the demo's closed draft on tax relief");
        String number = found.getJsonObject(found.size() - 1).getString("number");
        assertEquals(200, http.postJson("/api/v1/test/jobs/discussions", "{}").status());
        Reports.runJob(http, number);
        Http.Reply summary = http.get("/api/v1/drafts/" + number + "/summary");
        assertEquals(200, summary.status(), summary::toString);
        assertTrue(summary.json().getJsonNumber("total").longValue() > 0, summary::toString);
        assertTrue(summary.json().getString("publishedAt", null) != null, summary::toString);
    }

    @Test
    void theDemosExtendedDraftIsFoundByItsWordsAndShowsWhyItWasExtended() {
        var found = http.get("/api/v1/drafts?agency=ministry-of-justice&q=normative%20legal%20acts")
                .json()
                .getJsonArray("items");
        assertFalse(found.isEmpty(), "demo drafts have search words from their first start");
        String number = found.getJsonObject(found.size() - 1).getString("number");
        String page = http.get("/drafts/" + number + "?lang=en").body();
        assertTrue(page.contains("Many proposals received"), page);
    }

    @Test
    void theChangesPageShowsWhatHappenedToEachClause() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String number = Drafts.create(
                http,
                editor,
                Drafts.lawWithThreeClauses(
                        "Tahrir " + UUID.randomUUID().toString().substring(0, 8)));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        var v1 = http.get("/api/v1/drafts/" + number).json().getJsonArray("clauses");
        String edited = """
                {"titleUz": "Tahrir", "actType": "law", "sector": "energy", "changeNote": "3-band",
                 "clauses": [{"key": "%s", "number": "1", "text": "Ushbu qonunning maqsadi."},
                             {"key": "%s", "number": "2", "text": "Asosiy tushunchalar."},
                             {"key": "%s", "number": "3", "text": "Tariflar har chorakda belgilanadi."}]}""".formatted(
                        v1.getJsonObject(0).getString("key"),
                        v1.getJsonObject(1).getString("key"),
                        v1.getJsonObject(2).getString("key"));
        assertEquals(
                200,
                http.putJson("/api/v1/drafts/" + number, edited, "Authorization", editor.bearer())
                        .status());

        Http.Reply page = http.get("/drafts/" + number + "/changes?from=1&to=2&lang=en");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Changes from version 1 to version 2"));
        assertTrue(page.body().contains("change-edited"));
        assertTrue(page.body().contains("Tariflar har chorakda belgilanadi."));
        assertTrue(page.body().contains("Tariflar har yili belgilanadi."));
        assertTrue(http.get("/drafts/" + number + "?lang=en").body().contains("Compare versions clause by clause"));
    }

    @Test
    void theSectorPageListsItsOpenDiscussions() {
        String number = openDraft("Sektor " + UUID.randomUUID().toString().substring(0, 8));
        Http.Reply energy = http.get("/sectors/energy?lang=ru");
        assertEquals(200, energy.status());
        assertTrue(energy.body().contains(number), "the open energy draft is listed");
        assertFalse(http.get("/sectors/health").body().contains(number));
        assertEquals(404, http.get("/sectors/no-such-sector").status());
    }

    @Test
    void aBadFilterShowsTheFormAgainWithAMessageAndAnUnknownDraftIsA404Page() {
        Http.Reply bad = http.get("/drafts?lang=en&from=2026-12-10&to=2026-12-01");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("The end of the date range is before its start."), bad.body());
        assertTrue(bad.body().contains("value=\"2026-12-10\""), "the filters stay filled in");

        Http.Reply missing = http.get("/drafts/ID-999999999?lang=en");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Not found"));
    }

    @Test
    void theHomePageShowsOpenDiscussionsAndLinksEverySector() {
        String number = openDraft("Bosh sahifa " + UUID.randomUUID().toString().substring(0, 8));
        Http.Reply home = http.get("/?lang=uz");
        assertEquals(200, home.status(), home::toString);
        assertTrue(home.body().contains("href=\"/sectors/energy\""));
        assertTrue(home.body().contains("Hozir muhokamada"));
        assertTrue(
                http.get("/drafts?status=open&sort=closing&q=" + number).body().contains(number));
    }
}
