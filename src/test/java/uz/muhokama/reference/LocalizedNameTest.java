package uz.muhokama.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/** A reference name in each of the four languages; the Cyrillic one from the data, not made up. */
class LocalizedNameTest {

    private static final LocalizedName HEALTH = new LocalizedName(
            "Sogʻliqni saqlash vazirligi",
            "Соғлиқни сақлаш вазирлиги",
            "Министерство здравоохранения",
            "Ministry of Health");

    @Test
    void eachLanguageGetsItsOwnName() {
        assertEquals("Sogʻliqni saqlash vazirligi", HEALTH.in(Language.UZ));
        assertEquals("Соғлиқни сақлаш вазирлиги", HEALTH.in(Language.UZ_CYRL));
        assertEquals("Министерство здравоохранения", HEALTH.in(Language.RU));
        assertEquals("Ministry of Health", HEALTH.in(Language.EN));
    }

    @Test
    void allNamesAreKeyedByTheStandardTags() {
        assertEquals(
                List.of("uz", "uz-Cyrl", "ru", "en"), List.copyOf(HEALTH.all().keySet()));
        assertEquals("Соғлиқни сақлаш вазирлиги", HEALTH.all().get("uz-Cyrl"));
    }

    @Test
    void aRowAddedWithoutACyrillicNameIsShownTransliteratedNotInLatin() {
        LocalizedName added = new LocalizedName("Yangi qoʻmita", null, "Новый комитет", "New committee");
        assertEquals(UzbekScript.toCyrillic("Yangi qoʻmita"), added.in(Language.UZ_CYRL));
        assertEquals(true, UzbekScript.isCyrillic(added.in(Language.UZ_CYRL)));
    }
}
