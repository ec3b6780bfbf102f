package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Anyone follows a sector, an agency, a region or a saved search in a feed reader: the Atom feeds list
 * the newest published drafts, read back by a feed library (Rome) and checked against RFC 4287's rules,
 * answered 304 while nothing changed, in the reader's language; bad parameters are refused as the
 * search refuses them. The search finds a region's drafts too, on the API and on the page.
 */
class FeedsIT extends PortalIntegration {

    static final String KHOKIMIYAT = "tashkent-city-khokimiyat";

    static final String MINISTRY = "ministry-of-justice";

    static final String HOSTILE = "Turizm <script>alert(1)</script> & \"mehmon\" uylari";

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void aSectorsFeedListsItsNewestDraftsAndIsNotModifiedUntilAnotherIsPublished() throws Exception {
        Accounts.SignedIn editor = Accounts.newEditor(http, MINISTRY);
        String word = uniqueWord();
        String older = published(editor, "tourism", "Mehmonxonalar " + word);
        String newer = published(editor, "tourism", HOSTILE + " " + word);
        String elsewhere = published(editor, "culture-sport", "Stadionlar " + word);

        Http.Reply reply = http.get("/feeds/sectors/tourism.atom", "Accept-Language", "en");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(
                "application/atom+xml;charset=utf-8",
                reply.contentType().replace(" ", "").toLowerCase(Locale.ROOT));
        assertEquals("public, max-age=60", reply.header("Cache-Control").orElseThrow());
        assertTrue(reply.header("Vary").orElseThrow().contains("Accept-Language"), reply.headers()::toString);
        String tag = reply.header("ETag").orElseThrow();
        AtomRules.check(reply.body());

        SyndFeed feed = read(reply);
        assertEquals("Muhokama — drafts in Tourism", feed.getTitle());
        assertEquals("tag:muhokama.uz,2026:feeds/sectors/tourism", feed.getUri());
        assertTrue(link(feed.getLinks(), "alternate").endsWith("/sectors/tourism"), feed.getLinks()::toString);
        assertTrue(link(feed.getLinks(), "self").endsWith("/feeds/sectors/tourism.atom"), feed.getLinks()::toString);
        List<String> numbers = numbers(feed);
        assertTrue(numbers.indexOf(newer) >= 0 && numbers.indexOf(newer) < numbers.indexOf(older), numbers::toString);
        assertFalse(numbers.contains(elsewhere), numbers::toString);
        for (int i = 1; i < feed.getEntries().size(); i++) {
            assertFalse(feed.getEntries()
                    .get(i)
                    .getPublishedDate()
                    .after(feed.getEntries().get(i - 1).getPublishedDate()));
        }
        SyndEntry hostile = entry(feed, newer);
        assertEquals("Draft law " + HOSTILE + " " + word, hostile.getTitle());
        assertTrue(hostile.getLink().endsWith("/drafts/" + newer), hostile.getLink());
        assertEquals("tag:muhokama.uz,2026:draft/" + newer, hostile.getUri());
        assertEquals("tourism", hostile.getCategories().get(0).getName());
        assertEquals("Tourism", hostile.getCategories().get(0).getLabel());
        assertEquals("Ministry of Justice", hostile.getAuthor());
        assertTrue(hostile.getDescription().getValue().contains("Public discussion: "), hostile::toString);
        assertFalse(reply.body().contains("<script>"), "escaped");

        Http.Reply again = http.get("/feeds/sectors/tourism.atom", "Accept-Language", "en", "If-None-Match", tag);
        assertEquals(304, again.status(), again::toString);
        assertEquals(tag, again.header("ETag").orElseThrow());
        assertTrue(again.body().isEmpty());

        String newest = published(editor, "tourism", "Sayyohlik " + word);
        Http.Reply changed = http.get("/feeds/sectors/tourism.atom", "Accept-Language", "en", "If-None-Match", tag);
        assertEquals(200, changed.status(), changed::toString);
        assertNotEquals(tag, changed.header("ETag").orElseThrow());
        assertEquals(newest, numbers(read(changed)).get(0));
    }

    @Test
    void theReaderChoosesTheLanguageAsOnThePages() throws Exception {
        Accounts.SignedIn editor = Accounts.newEditor(http, MINISTRY);
        String word = uniqueWord();
        String number = published(editor, "tourism", "Ziyorat " + word);

        Http.Reply russian = http.get("/feeds/sectors/tourism.atom?lang=ru", "Accept-Language", "en");
        assertEquals(200, russian.status(), russian::toString);
        assertTrue(russian.body().contains("xml:lang=\"ru\""), russian.body());
        SyndFeed feed = read(russian);
        assertEquals("Muhokama — проекты: Туризм", feed.getTitle());
        assertEquals("Проект закона «Ziyorat " + word + "»", entry(feed, number).getTitle());
        assertTrue(entry(feed, number).getLink().endsWith("/drafts/" + number + "?lang=ru"));
        assertEquals("Туризм", entry(feed, number).getCategories().get(0).getLabel());

        Http.Reply byHeader = http.get("/feeds/sectors/tourism.atom", "Accept-Language", "ru");
        assertEquals(russian.header("ETag").isPresent(), true);
        assertEquals("Muhokama — проекты: Туризм", read(byHeader).getTitle());
        assertTrue(byHeader.body().contains("xml:lang=\"ru\""));
    }

    @Test
    void agencyRegionAndSavedSearchFeedsListTheirOwnDrafts() throws Exception {
        Accounts.SignedIn city = Accounts.newEditor(http, KHOKIMIYAT);
        Accounts.SignedIn ministry = Accounts.newEditor(http, MINISTRY);
        String word = uniqueWord();
        String cityDraft = published(city, "construction-housing", "Yoʻllar " + word);
        String ministryDraft = published(ministry, "construction-housing", "Uylar " + word);

        List<String> region = numbers(feed("/feeds/regions/UZ-TK.atom?lang=en"));
        assertTrue(region.contains(cityDraft), region::toString);
        assertFalse(region.contains(ministryDraft), region::toString);

        List<String> agency = numbers(feed("/feeds/agencies/" + KHOKIMIYAT + ".atom?lang=en"));
        assertTrue(agency.contains(cityDraft), agency::toString);
        assertFalse(agency.contains(ministryDraft), agency::toString);

        SyndFeed search = feed("/feeds/drafts.atom?lang=en&q=" + word + "&sector=construction-housing");
        assertEquals(List.of(ministryDraft, cityDraft), numbers(search));
        assertEquals("Muhokama — drafts matching a search", search.getTitle());
        String alternate = link(search.getLinks(), "alternate");
        assertTrue(alternate.contains("/drafts?q=" + word + "&sector=construction-housing"), alternate);
        assertEquals(List.of(cityDraft), numbers(feed("/feeds/drafts.atom?lang=en&q=" + word + "&region=UZ-TK")));
        assertEquals(List.of(), numbers(feed("/feeds/drafts.atom?lang=en&q=" + word + "&from=2099-01-01")));
    }

    @Test
    void unknownCodesAndBadParametersAreRefusedAsProblems() {
        Http.Reply unknown = http.get("/feeds/sectors/no-such-sector.atom", "Accept-Language", "en");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("application/problem+json", unknown.contentType());
        assertEquals(404, http.get("/feeds/regions/UZ-XX.atom").status());
        assertEquals(404, http.get("/feeds/agencies/nobody.atom").status());

        Http.Reply badDate = http.get("/feeds/drafts.atom?from=2026-13-45", "Accept-Language", "ru");
        assertEquals(400, badDate.status(), badDate::toString);
        assertEquals("application/problem+json", badDate.contentType());
        assertEquals(
                "from", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(
                badDate.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .matches(".*[а-я].*"),
                badDate::toString);
        Http.Reply badRegion = http.get("/feeds/drafts.atom?region=UZ-XX", "Accept-Language", "en");
        assertEquals(400, badRegion.status(), badRegion::toString);
        assertEquals(
                "region",
                badRegion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(badRegion.header("ETag").isEmpty());
    }

    @Test
    void theSearchFindsARegionsDraftsOnTheApiAndThePageWhichOffersItsFeed() {
        Accounts.SignedIn city = Accounts.newEditor(http, KHOKIMIYAT);
        Accounts.SignedIn ministry = Accounts.newEditor(http, MINISTRY);
        String word = uniqueWord();
        String cityDraft = published(city, "tourism", "Bogʻlar " + word);
        published(ministry, "tourism", "Muzeylar " + word);

        Http.Reply api = http.get("/api/v1/drafts?q=" + word + "&region=UZ-TK");
        assertEquals(200, api.status(), api::toString);
        assertEquals(1, api.json().getJsonArray("items").size(), api::toString);
        assertEquals(
                cityDraft, api.json().getJsonArray("items").getJsonObject(0).getString("number"));
        assertEquals(2, http.get("/api/v1/drafts?q=" + word).json().getInt("total"));
        Http.Reply refused = http.get("/api/v1/drafts?region=nowhere", "Accept-Language", "en");
        assertEquals(400, refused.status());
        assertEquals(
                "region", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Reply page = http.get("/drafts?lang=en&q=" + word + "&region=UZ-TK");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains(cityDraft), page.body());
        assertTrue(page.body().contains("<option value=\"UZ-TK\" selected=\"selected\">"), page.body());
        assertTrue(
                page.body()
                        .contains(
                                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Muhokama — drafts matching a search\" href=\"/feeds/drafts.atom?q="
                                        + word + "&amp;region=UZ-TK\">"),
                page.body());
        assertTrue(page.body().contains(">Feed (Atom)</span>"), page.body());
        Http.Reply badPage = http.get("/drafts?lang=en&region=nowhere");
        assertEquals(400, badPage.status());
        assertTrue(badPage.body().contains("Unknown region."), badPage.body());

        Http.Reply sector = http.get("/sectors/tourism?lang=en");
        assertTrue(
                sector.body()
                        .contains(
                                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Muhokama — drafts in Tourism\" href=\"/feeds/sectors/tourism.atom\">"),
                sector.body());
        assertTrue(sector.body().contains("href=\"/feeds/sectors/tourism.atom\" type=\"application/atom+xml\""));
    }

    private String published(Accounts.SignedIn editor, String sector, String title) {
        String number = Drafts.create(http, editor, """
                {"titleUz": "%s", "titleRu": "Проект закона «%s»", "titleEn": "Draft law %s",
                 "summaryUz": "Qisqacha mazmun", "summaryEn": "What it changes", "actType": "law",
                 "sector": "%s", "needsRia": false,
                 "clauses": [{"number": "1", "text": "Ushbu qonunning maqsadi."}]}""".formatted(json(title), json(title), json(title), sector));
        Drafts.publish(http, editor, number, Duration.ZERO, 20);
        return number;
    }

    private SyndFeed feed(String path) throws Exception {
        Http.Reply reply = http.get(path);
        assertEquals(200, reply.status(), reply::toString);
        AtomRules.check(reply.body());
        return read(reply);
    }

    private static SyndFeed read(Http.Reply reply) throws Exception {
        return new SyndFeedInput().build(new StringReader(reply.body()));
    }

    private static List<String> numbers(SyndFeed feed) {
        return feed.getEntries().stream()
                .map(e -> e.getUri().substring(e.getUri().lastIndexOf('/') + 1))
                .toList();
    }

    private static SyndEntry entry(SyndFeed feed, String number) {
        return feed.getEntries().stream()
                .filter(e -> e.getUri().endsWith("/" + number))
                .findFirst()
                .orElseThrow();
    }

    private static String link(List<SyndLink> links, String rel) {
        return links.stream()
                .filter(l -> rel.equals(l.getRel()))
                .map(SyndLink::getHref)
                .findFirst()
                .orElseThrow();
    }

    /** Letters only: a word of digits matches whole numbers only, and any other word begins no other draft's. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("fd");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
