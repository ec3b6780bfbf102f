package uz.muhokama.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reader switches the portal to Cyrillic and reads Uzbek written in Latin, or the other way round: every word of
 * the golden list comes out as people write it in the other script, whichever apostrophe was typed.
 */
class UzbekScriptTest {

    private static final String[] APOSTROPHES = {"'", "`", "\u2018", "\u2019", "\u02BB", "\u02BC"};

    @Test
    void everyGoldenPairReadsTheSameBothWays() throws IOException {
        Map<String, String> golden = golden();
        List<String> wrong = new ArrayList<>();
        golden.forEach((latin, cyrillic) -> {
            String toCyrillic = UzbekScript.toCyrillic(latin);
            if (!toCyrillic.equals(cyrillic)) {
                wrong.add(latin + " -> " + toCyrillic + " (expected " + cyrillic + ")");
            }
            String toLatin = UzbekScript.toLatin(cyrillic);
            if (!toLatin.equals(UzbekScript.normalizeLatin(latin))) {
                wrong.add(cyrillic + " -> " + toLatin + " (expected " + latin + ")");
            }
        });
        assertTrue(golden.size() >= 500, "the golden list has " + golden.size() + " pairs");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSectorAndRegionNamesOfTheReferenceDataAreInTheGoldenList() throws IOException {
        Map<String, String> golden = golden();
        Pattern names = Pattern.compile("INSERT INTO (sector|region) .*?'([^']+)', '([^']+)', '[^']+', '[^']+'\\);");
        int found = 0;
        for (String line : read("/db/migration/V2__reference_data.sql").split("\n")) {
            Matcher name = names.matcher(line);
            if (name.find()) {
                assertEquals(name.group(3), golden.get(name.group(2)), name.group(2));
                found++;
            }
        }
        assertEquals(21 + 14, found, "21 sectors and 14 regions");
    }

    @Test
    void theWordsOtherTransliteratorsGetWrongComeOutRight() {
        assertEquals(
                "sirk konsert abzas sentabr is\u02BChoq", UzbekScript.toLatin("цирк концерт абзац сентябрь исҳоқ"));
        assertEquals("shyotka", UzbekScript.toLatin("щётка"), "no Cyrillic left");
        assertEquals("Республикаси кеча объект йўл", UzbekScript.toCyrillic("Respublikasi kecha obyekt yoʻl"));
        assertEquals("Ишоқ", UzbekScript.toCyrillic("Ishoq"), "without the mark sh is ш");
        assertEquals(
                "цирк концерт абзац сентябрь акция коррупция функция",
                UzbekScript.toCyrillic("tsirk kontsert abzats sentyabr aktsiya korruptsiya funktsiya"),
                "the older Latin spellings are read too");
        assertEquals("sirk konsert abzas", UzbekScript.toLatin(UzbekScript.toCyrillic("tsirk kontsert abzats")));
    }

    @Test
    void everyApostropheTypedReadsAsTheMarkAndIsWrittenAsTheStandardOne() {
        for (String mark : APOSTROPHES) {
            assertEquals("Ўзбекистон", UzbekScript.toCyrillic("O" + mark + "zbekiston"), mark);
            assertEquals("йўл тоғ", UzbekScript.toCyrillic("yo" + mark + "l tog" + mark), mark);
            assertEquals("таълим", UzbekScript.toCyrillic("ta" + mark + "lim"), mark);
            assertEquals("Исҳоқ", UzbekScript.toCyrillic("Is" + mark + "hoq"), mark);
            assertEquals(
                    "O\u02BBzbekiston taʼlimi",
                    UzbekScript.normalizeLatin("O" + mark + "zbekiston ta" + mark + "limi"));
        }
        assertEquals("o\u02BBg\u02BB taʼlim", UzbekScript.toLatin("ўғ таълим"));
        assertEquals("‘qaror’ 'band'", UzbekScript.normalizeLatin("‘qaror’ 'band'"), "quotes stay quotes");
        assertEquals("‘қарор’ 'банд'", UzbekScript.toCyrillic("‘qaror’ 'band'"));
        assertEquals(
                "‘Бухоро’ ‘минг’ ‘тоғ’", UzbekScript.toCyrillic("‘Buxoro’ ‘ming’ ‘tog’’"), "no word ends in ў or нғ");
        assertEquals("‘Buxoro’ ‘ming’ ‘tog\u02BB’", UzbekScript.normalizeLatin("‘Buxoro’ ‘ming’ ‘tog’’"));
    }

    @Test
    void capitalsAreKeptForTitlesAndWholeWords() {
        assertEquals("Шаҳар ТОШКЕНТ ШАҲРИ", UzbekScript.toCyrillic("Shahar TOSHKENT SHAHRI"));
        assertEquals("ЎЗБЕКИСТОН Ёшлар Ғалаба", UzbekScript.toCyrillic("OʻZBEKISTON Yoshlar Gʻalaba"));
        assertEquals(
                "SHAHAR Shahar OʻZBEKISTON Yoshlar YOSHLAR", UzbekScript.toLatin("ШАҲАР Шаҳар ЎЗБЕКИСТОН Ёшлар ЁШЛАР"));
        assertEquals("Sh. Mirziyoyev, Ch. Aytmatov", UzbekScript.toLatin("Ш. Мирзиёев, Ч. Айтматов"));
        assertEquals("СЕНТЯБРЬ Цирк", UzbekScript.toCyrillic("SENTABR Sirk"), "exceptions keep the case too");
    }

    @Test
    void digitsPunctuationAddressesAndOtherScriptsPassThrough() {
        assertEquals(
                "2024-йил 1-январдан, 15 % (15,5 млн). Бу ерда: https://lex.uz/docs/-123?lang=oz, www.gov.uz, lex.uz,"
                        + " info@muhokama.uz. Excel ва Windows; Правительство",
                UzbekScript.toCyrillic(
                        "2024-yil 1-yanvardan, 15 % (15,5 mln). Bu yerda: https://lex.uz/docs/-123?lang=oz, www.gov.uz,"
                                + " lex.uz, info@muhokama.uz. Excel va Windows; Правительство"));
        assertEquals(
                "Bu yerda: https://lex.uz/ru/docs/5; Hello world",
                UzbekScript.toLatin("Бу ерда: https://lex.uz/ru/docs/5; Hello world"));
        assertEquals("JSON объект", UzbekScript.toCyrillic("JSON obyekt"), "international abbreviations stay");
        assertEquals(
                "true ёки false, SIGNED_IN", UzbekScript.toCyrillic("true yoki false, SIGNED_IN"), "API codes stay");
        assertEquals(null, UzbekScript.toCyrillic(null));
        assertEquals("", UzbekScript.toLatin(""));
    }

    @Test
    void anActNumberKeepsItsLatinPrefixInAMixedTitle() {
        assertEquals(
                "PQ-75-сон қарор, PF-6000, OʻRQ-683, VMQ-5",
                UzbekScript.toCyrillic("PQ-75-son qaror, PF-6000, OʻRQ-683, VMQ-5"));
        assertEquals("PQ-75-son qaror", UzbekScript.toLatin("ПҚ-75-сон қарор"));
        assertEquals("PQ-75-son", UzbekScript.toLatin("PQ-75-сон"), "the mixed token as lex.uz writes it");
        assertEquals("ПҚ ва ПФ", UzbekScript.toCyrillic("PQ va PF"), "without a number an abbreviation is a word");
    }

    @Test
    void messagesKeepPlaceholdersTagsEntitiesAndQuotes() {
        assertEquals(
                "Сўров <a href=\"https://regulation.gov.uz/oz\">бу ерда</a>&nbsp;{0,number,#} та қўмита '{1}'",
                UzbekScript.toCyrillicMessage(
                        "Soʻrov <a href=\"https://regulation.gov.uz/oz\">bu yerda</a>&nbsp;{0,number,#} ta qoʻmita '{1}'"));
        assertEquals("қўмита", UzbekScript.toCyrillicMessage("qo''mita"), "'' is an apostrophe in a pattern");
        assertEquals(
                "{0,choice,0#Ҳали жавоблар йўқ|1#1 та жавоб|1<{0} та жавоб}",
                UzbekScript.toCyrillicMessage("{0,choice,0#Hali javoblar yoʻq|1#1 ta javob|1<{0} ta javob}"));
        assertEquals("{0}-band <b>izoh</b>", UzbekScript.toLatinMessage("{0}-band <b>изоҳ</b>"));
    }

    @Test
    void aTextIsCyrillicWhenMostOfItsLettersAre() {
        assertTrue(UzbekScript.isCyrillic("Ўзбекистон Республикаси"));
        assertTrue(UzbekScript.isCyrillic("PQ-75-сонли қарор"));
        assertFalse(UzbekScript.isCyrillic("Oʻzbekiston Respublikasi PQ-75-сон"));
        assertFalse(UzbekScript.isCyrillic("2024"));
        assertFalse(UzbekScript.isCyrillic(null));
    }

    /** The golden list in file order: Latin to Cyrillic. */
    static Map<String, String> golden() throws IOException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : read("/i18n/uzbek-golden.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertEquals(2, columns.length, line);
            assertEquals(null, pairs.put(columns[0], columns[1]), "twice in the list: " + columns[0]);
        }
        return pairs;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = UzbekScriptTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
