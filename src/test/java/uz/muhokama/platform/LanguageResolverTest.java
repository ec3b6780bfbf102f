package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.LanguageResolver;

class LanguageResolverTest {

    @Test
    void anExplicitChoiceWinsOverTheCookieAndTheBrowser() {
        assertEquals(Language.RU, LanguageResolver.resolve("ru", "en", "en-US,en;q=0.9"));
    }

    @Test
    void theRememberedCookieWinsOverTheBrowser() {
        assertEquals(Language.EN, LanguageResolver.resolve(null, "en", "ru-RU,ru;q=0.9"));
    }

    @Test
    void theBrowsersFirstSupportedPreferenceIsUsed() {
        assertEquals(Language.RU, LanguageResolver.resolve(null, null, "de-DE,de;q=0.9,ru;q=0.8,en;q=0.7"));
        assertEquals(Language.UZ, LanguageResolver.resolve(null, null, "uz-Latn-UZ"));
    }

    @Test
    void unknownOrBrokenValuesFallBackToUzbek() {
        assertEquals(Language.UZ, LanguageResolver.resolve("fr", "xx", "de"));
        assertEquals(Language.UZ, LanguageResolver.resolve(null, null, ";;;q=abc"));
        assertEquals(Language.UZ, LanguageResolver.resolve("", "", ""));
        assertEquals(Language.UZ, LanguageResolver.resolve(null, null, null));
    }

    @Test
    void tagsAreReadCaseInsensitivelyWithRegionAndScript() {
        assertEquals(Language.EN, Language.fromTag("EN-gb").orElseThrow());
        assertEquals(Language.UZ_CYRL, Language.fromTag("uz_Cyrl").orElseThrow());
        assertEquals(Language.UZ_CYRL, Language.fromTag("uz-Cyrl-UZ").orElseThrow());
        assertEquals(Language.UZ_CYRL, Language.of(Language.UZ_CYRL.locale()));
        assertEquals(Language.UZ, Language.fromTag("uz-Latn").orElseThrow());
        assertEquals(Language.UZ, Language.fromTag("oz").orElseThrow());
        assertEquals(Language.UZ, Language.fromTag("uz-UZ").orElseThrow());
    }

    @Test
    void acceptLanguageAsksForCyrillicUzbek() {
        assertEquals(Language.UZ_CYRL, LanguageResolver.resolve(null, null, "uz-Cyrl-UZ,uz;q=0.8,ru;q=0.5"));
        assertEquals(Language.UZ, LanguageResolver.resolve(null, null, "oz,ru;q=0.5"));
        assertEquals(Language.UZ_CYRL, LanguageResolver.resolve("uz-Cyrl", null, "en"));
        assertEquals(Language.UZ_CYRL, LanguageResolver.resolve("uz-cyrl", null, null), "any case in ?lang=");
        assertEquals(Language.UZ_CYRL, LanguageResolver.resolve("UZ-CYRL", null, null));
        assertEquals(Language.UZ_CYRL, LanguageResolver.resolve(null, "uz-Cyrl", "ru"), "the cookie over the browser");
        assertEquals(Language.UZ, LanguageResolver.resolve("oz", "uz-Cyrl", null), "?lang=oz over the cookie");
        assertEquals(Language.UZ_CYRL, LanguageResolver.resolve(null, null, "uz-Cyrl;q=0.9,uz-Latn;q=0.5"));
        assertEquals(Language.UZ, LanguageResolver.resolve(null, null, "uz-Latn,uz-Cyrl;q=0.5"));
    }

    @Test
    void everyLanguageSaysTheStandardTagAndReadsItBack() {
        assertEquals("uz-Cyrl", Language.UZ_CYRL.tag());
        assertEquals("uz-Cyrl", Language.UZ_CYRL.locale().toLanguageTag());
        for (Language language : Language.values()) {
            assertEquals(language, Language.fromTag(language.tag()).orElseThrow());
            assertEquals(language, Language.of(language.locale()));
        }
    }
}
