package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/**
 * An agency gives a draft's Uzbek texts in Latin, in Cyrillic or both; a reader of the script it did not
 * write in is shown the portal's transliteration marked generated, never as the official text.
 */
class DraftTextsTest {

    private static final String LATIN_TITLE = "Soliq kodeksiga oʻzgartirishlar toʻgʻrisida";
    private static final String CYRILLIC_TITLE = "Солиқ кодексига ўзгартиришлар тўғрисида";

    private static DraftTexts texts(String titleUz, String titleUzCyrl, String titleRu, String summaryUz) {
        return DraftTexts.of(new DraftForm(
                titleUz,
                titleUzCyrl,
                titleRu,
                null,
                summaryUz,
                null,
                null,
                null,
                "law",
                "tax",
                false,
                List.of(),
                null));
    }

    @Test
    void aDraftInLatinOnlyIsShownToCyrillicReadersAsAGeneratedTransliteration() {
        DraftTexts texts = texts(LATIN_TITLE, null, null, "Qisqacha mazmun");

        ShownText latin = texts.shownTitle(Language.UZ);
        assertEquals(LATIN_TITLE, latin.text());
        assertEquals("uz", latin.language());
        assertFalse(latin.generated());

        ShownText cyrillic = texts.shownTitle(Language.UZ_CYRL);
        assertEquals(UzbekScript.toCyrillic(LATIN_TITLE), cyrillic.text());
        assertTrue(UzbekScript.isCyrillic(cyrillic.text()));
        assertEquals("uz-Cyrl", cyrillic.language());
        assertTrue(cyrillic.generated(), "a transliteration is never presented as the official text");
        assertTrue(texts.shownSummary(Language.UZ_CYRL).generated());
    }

    @Test
    void anOfficialCyrillicTextIsShownAsItIsAndNotMarked() {
        DraftTexts texts = texts(LATIN_TITLE, CYRILLIC_TITLE, null, null);

        assertEquals(new ShownText(CYRILLIC_TITLE, "uz-Cyrl", false), texts.shownTitle(Language.UZ_CYRL));
        assertEquals(new ShownText(LATIN_TITLE, "uz", false), texts.shownTitle(Language.UZ));
        assertFalse(texts.shownSummary(Language.UZ_CYRL).present(), "no summary in either script: none generated");
    }

    @Test
    void aDraftWrittenOnlyInCyrillicIsShownToLatinReadersAsAGeneratedTransliteration() {
        DraftTexts texts = texts(null, CYRILLIC_TITLE, null, null);

        assertEquals(new ShownText(CYRILLIC_TITLE, "uz-Cyrl", false), texts.shownTitle(Language.UZ_CYRL));
        ShownText latin = texts.shownTitle(Language.UZ);
        assertEquals(UzbekScript.toLatin(CYRILLIC_TITLE), latin.text());
        assertFalse(UzbekScript.isCyrillic(latin.text()));
        assertEquals("uz", latin.language());
        assertTrue(latin.generated());
    }

    @Test
    void russianAndEnglishReadersKeepTheTranslationOrElseTheUzbekTextAsWritten() {
        DraftTexts translated = texts(LATIN_TITLE, null, "О внесении изменений в Налоговый кодекс", null);
        assertEquals(
                new ShownText("О внесении изменений в Налоговый кодекс", "ru", false),
                translated.shownTitle(Language.RU));
        assertEquals(new ShownText(LATIN_TITLE, "uz", false), translated.shownTitle(Language.EN));

        DraftTexts cyrillicOnly = texts(null, CYRILLIC_TITLE, null, null);
        assertEquals(new ShownText(CYRILLIC_TITLE, "uz-Cyrl", false), cyrillicOnly.shownTitle(Language.EN));
    }

    @Test
    void aCyrillicTextTypedIntoTheLatinFieldIsFiledAsCyrillic() {
        DraftTexts texts = texts(CYRILLIC_TITLE, null, null, "Қисқача мазмун");

        assertNull(texts.titleUz());
        assertEquals(CYRILLIC_TITLE, texts.titleUzCyrl());
        assertEquals("Қисқача мазмун", texts.summaryUzCyrl());
        assertFalse(texts.shownTitle(Language.UZ_CYRL).generated());
        assertTrue(texts.shownTitle(Language.UZ).generated());
    }

    @Test
    void aRowFromBeforeTheCyrillicColumnsWithCyrillicInTheLatinOneIsReadAsCyrillic() {
        ShownText shown = ShownText.of(Language.UZ_CYRL, CYRILLIC_TITLE, null, null, null);
        assertEquals(new ShownText(CYRILLIC_TITLE, "uz-Cyrl", false), shown);
    }

    @Test
    void searchReadsTheTextsOfBothScripts() {
        DraftTexts texts = texts(LATIN_TITLE, CYRILLIC_TITLE, null, "Qisqacha");

        assertEquals(
                List.of(LATIN_TITLE, CYRILLIC_TITLE, "Qisqacha"), texts.given().toList());
        assertEquals(CYRILLIC_TITLE, texts.titles().get("uz-Cyrl"));
    }

    @Test
    void clausesAreShownInTheReadersScriptAndGeneratedWhereNotGiven() {
        DraftView.ClauseView latinOnly = new DraftView.ClauseView("k", "1", null, "Soliq stavkasi");
        assertTrue(latinOnly.shownText(Language.UZ_CYRL).generated());
        assertEquals(
                UzbekScript.toCyrillic("Soliq stavkasi"),
                latinOnly.shownText(Language.UZ_CYRL).text());
        assertFalse(latinOnly.shownHeading(Language.UZ_CYRL).present());
        assertFalse(latinOnly.shownText(Language.RU).generated(), "Russian readers read the clause as written");

        DraftView.ClauseView cyrillicOnly = new DraftView.ClauseView("k", "1", null, null, "Мақсад", "Солиқ ставкаси");
        assertEquals(new ShownText("Солиқ ставкаси", "uz-Cyrl", false), cyrillicOnly.shownText(Language.UZ_CYRL));
        assertTrue(cyrillicOnly.shownText(Language.UZ).generated());
        assertTrue(cyrillicOnly.shownHeading(Language.UZ).generated());
        assertEquals("Солиқ ставкаси", cyrillicOnly.officialText());
    }

    @Test
    void aClauseEditedOnlyInItsCyrillicTextIsAnEditedClause() {
        DraftView.ClauseView before = new DraftView.ClauseView("k", "1", null, "Matn", null, "Матн");
        DraftView.ClauseView after = new DraftView.ClauseView("k", "1", null, "Matn", null, "Матн янги");

        assertEquals(
                ClauseChange.Kind.EDITED,
                VersionComparison.compare(List.of(before), List.of(after))
                        .get(0)
                        .kind());
    }
}
