package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.UzbekScript;

/**
 * Drafts in the two Uzbek scripts (docs/languages.md, "Drafts in two scripts"): an agency gives its texts
 * in Latin, in Cyrillic or both, and a reader of the script it did not write in sees the portal's
 * transliteration marked as such, on the page and on the API, never as the official text.
 */
class CyrillicDraftsIT extends PortalIntegration {

    private static final String NOTE = "class=\"notice generated-note\"";

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    private String published(String json) {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String number = Drafts.create(http, editor, json);
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(3));
        return number;
    }

    /** The page's heading: in {@code lang}, pointing to the note where {@code marked}, saying {@code text}. */
    private static boolean hasHeading(String page, String lang, boolean marked, String text) {
        String attributes = "lang=\"" + lang + "\"" + (marked ? "\\s+aria-describedby=\"generated-note\"" : "\\s*");
        return Pattern.compile("<h1 " + attributes + ">" + Pattern.quote(text) + "</h1>")
                .matcher(page)
                .find();
    }

    /** JSON-B leaves a null property out; a map's null value may be written: either way, not given. */
    private static boolean notGiven(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aDraftPublishedInLatinOnlyIsReadInCyrillicAsAMarkedTransliteration() {
        String title = "Soliq kodeksiga oʻzgartirishlar " + unique();
        String number = published(CyrillicDrafts.latinOnly(title));
        String cyrillic = UzbekScript.toCyrillic(title);

        String page = http.get("/drafts/" + number + "?lang=uz-Cyrl").body();
        assertTrue(hasHeading(page, "uz-Cyrl", true, cyrillic), page);
        assertTrue(page.contains(NOTE), "the page says the text is generated");
        assertTrue(page.contains("hreflang=\"uz\""), "and links the official Latin text");
        assertTrue(page.contains(UzbekScript.toCyrillic("Soliq stavkasi har yili belgilanadi.")), page);
        assertTrue(page.contains("id=\"clauses-generated\""), "the clause list is marked too");
        assertFalse(hasHeading(page, "uz", false, title));

        String latinPage = http.get("/drafts/" + number + "?lang=uz").body();
        assertTrue(hasHeading(latinPage, "uz", false, title), latinPage);
        assertFalse(latinPage.contains(NOTE), "the official text is not marked");

        JsonObject api = http.get("/api/v1/drafts/" + number, "Accept-Language", "uz-Cyrl")
                .json();
        assertEquals(cyrillic, api.getString("title"));
        assertEquals("uz-Cyrl", api.getString("titleLanguage"));
        assertTrue(api.getBoolean("titleGenerated"));
        assertTrue(api.getBoolean("summaryGenerated"));
        assertEquals(title, api.getJsonObject("titles").getString("uz"));
        assertTrue(notGiven(api.getJsonObject("titles"), "uz-Cyrl"), "no official Cyrillic title");
        assertTrue(notGiven(api.getJsonArray("clauses").getJsonObject(0), "textCyrl"));

        JsonObject latinApi =
                http.get("/api/v1/drafts/" + number, "Accept-Language", "uz").json();
        assertFalse(latinApi.getBoolean("titleGenerated"));

        String search = http.get("/drafts?lang=uz-Cyrl&q=" + number).body();
        assertTrue(search.contains("lang=\"uz-Cyrl\">" + cyrillic + "</a>"), search);
        assertTrue(search.contains("class=\"generated-mark\""), "the card says so too");
        JsonObject listed = http.get("/api/v1/drafts?q=" + number, "Accept-Language", "uz-Cyrl")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertTrue(listed.getBoolean("titleGenerated"), listed::toString);
    }

    @Test
    void aDraftPublishedInBothScriptsShowsItsOfficialCyrillicTextUnmarked() {
        String suffix = unique();
        String latin = "Soliq kodeksi " + suffix;
        String cyrillic = "Солиқ кодекси " + suffix;
        String number = published(CyrillicDrafts.bothScripts(latin, cyrillic));

        String page = http.get("/drafts/" + number + "?lang=uz-Cyrl").body();
        assertTrue(hasHeading(page, "uz-Cyrl", false, cyrillic), page);
        assertTrue(page.contains("Қонуннинг мақсади."));
        assertFalse(page.contains(NOTE), "nothing on the page is generated");
        assertFalse(page.contains("generated-mark"));

        JsonObject api = http.get("/api/v1/drafts/" + number, "Accept-Language", "uz-Cyrl")
                .json();
        assertEquals(cyrillic, api.getString("title"));
        assertFalse(api.getBoolean("titleGenerated"));
        assertEquals(cyrillic, api.getJsonObject("titles").getString("uz-Cyrl"));
        assertEquals("Мақсад", api.getJsonArray("clauses").getJsonObject(0).getString("headingCyrl"));

        assertTrue(hasHeading(http.get("/drafts/" + number + "?lang=uz").body(), "uz", false, latin));
    }

    @Test
    void aDraftWrittenOnlyInCyrillicIsReadInLatinAsAMarkedTransliteration() {
        String title = "Солиқ кодексига ўзгартиришлар " + unique();
        String number = published(CyrillicDrafts.cyrillicOnly(title));
        String latin = UzbekScript.toLatin(title);

        String page = http.get("/drafts/" + number + "?lang=uz").body();
        assertTrue(hasHeading(page, "uz", true, latin), page);
        assertTrue(page.contains(NOTE));
        assertTrue(page.contains("hreflang=\"uz-Cyrl\""), "the official Cyrillic text is linked");
        assertTrue(page.contains(UzbekScript.toLatin("Солиқ ставкаси ҳар йили белгиланади.")), page);

        String cyrillicPage = http.get("/drafts/" + number + "?lang=uz-Cyrl").body();
        assertTrue(hasHeading(cyrillicPage, "uz-Cyrl", false, title), cyrillicPage);
        assertFalse(cyrillicPage.contains(NOTE));

        String russianPage = http.get("/drafts/" + number + "?lang=ru").body();
        assertTrue(
                hasHeading(russianPage, "uz-Cyrl", false, title),
                "a Russian reader without a translation reads the Uzbek text as written");

        JsonObject api =
                http.get("/api/v1/drafts/" + number, "Accept-Language", "uz").json();
        assertEquals(latin, api.getString("title"));
        assertTrue(api.getBoolean("titleGenerated"));
        assertTrue(notGiven(api.getJsonObject("titles"), "uz"));
        assertEquals(title, api.getJsonObject("titles").getString("uz-Cyrl"));
        JsonObject clause = api.getJsonArray("clauses").getJsonObject(1);
        assertTrue(notGiven(clause, "text"));
        assertEquals("Солиқ ставкаси ҳар йили белгиланади.", clause.getString("textCyrl"));
    }

    @Test
    void aTitleTypedInCyrillicIntoTheLatinFieldIsTheOfficialCyrillicTitle() {
        String title = "Ёшлар сиёсати " + unique();
        String number = published(CyrillicDrafts.latinOnly(title));

        JsonObject api = http.get("/api/v1/drafts/" + number, "Accept-Language", "uz-Cyrl")
                .json();
        assertEquals(title, api.getJsonObject("titles").getString("uz-Cyrl"));
        assertTrue(notGiven(api.getJsonObject("titles"), "uz"));
        assertFalse(api.getBoolean("titleGenerated"));
    }

    @Test
    void aDraftWithoutAnUzbekTitleOrAClauseWithoutTextInEitherScriptIsRefusedOnTheField() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        Http.Reply reply = http.postJson("/api/v1/drafts?lang=en", """
                {"titleUz": " ", "titleUzCyrl": "", "titleRu": "Только по-русски", "actType": "law", "sector": "energy",
                 "clauses": [{"number": "1", "heading": "Maqsad", "headingCyrl": "Мақсад"}]}""", "Authorization", editor.bearer());
        assertEquals(400, reply.status(), reply::toString);
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .sorted()
                .toList();
        assertEquals(List.of("clauses[0].text", "titleUz"), fields);

        Http.Reply tooLong = http.postJson(
                "/api/v1/drafts?lang=en",
                CyrillicDrafts.cyrillicOnly("Ж".repeat(501)),
                "Authorization",
                editor.bearer());
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(
                "titleUzCyrl",
                tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anEditOfTheCyrillicTextAloneMakesAnEditedClauseInTheNextVersion() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String suffix = unique();
        String number = Drafts.create(http, editor, CyrillicDrafts.bothScripts("Tahrir " + suffix, "Таҳрир " + suffix));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(3));
        String key = http.get("/api/v1/drafts/" + number)
                .json()
                .getJsonArray("clauses")
                .getJsonObject(0)
                .getString("key");
        Http.Reply edited = http.putJson(
                "/api/v1/drafts/" + number,
                CyrillicDrafts.bothScripts("Tahrir " + suffix, "Таҳрир " + suffix)
                        .replace("\"number\": \"1\"", "\"key\": \"" + key + "\", \"number\": \"1\"")
                        .replace("Қонуннинг мақсади.", "Қонуннинг янги мақсади."),
                "Authorization",
                editor.bearer());
        assertEquals(200, edited.status(), edited::toString);

        JsonObject changes =
                http.get("/api/v1/drafts/" + number + "/changes?from=1&to=2").json();
        assertEquals("EDITED", changes.getJsonArray("changes").getJsonObject(0).getString("kind"), changes::toString);
        String page = http.get("/drafts/" + number + "/changes?from=1&to=2&lang=uz-Cyrl")
                .body();
        assertTrue(page.contains("Қонуннинг янги мақсади."), page);
    }
}
