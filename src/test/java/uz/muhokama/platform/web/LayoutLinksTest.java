package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.Language;

/**
 * The layout writes its language and colour links out one by one instead of looping over the
 * languages and themes (a loop cost every page view more than the links themselves): these checks
 * keep the written-out links and the lists they come from the same.
 */
class LayoutLinksTest {

    private static String layout() throws IOException {
        try (InputStream in = LayoutLinksTest.class.getClassLoader().getResourceAsStream("templates/layout.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyLanguageHasOneLinkInItsOwnNameAndNoOtherLanguageHasAny() throws IOException {
        String layout = layout();
        for (Language language : Language.values()) {
            String tag = language.tag();
            assertTrue(
                    layout.contains("<a th:href=\"${page.langUrl('" + tag + "')}\" lang=\"" + tag + "\" hreflang=\""
                            + tag + "\" th:aria-current=\"${page.lang() == '" + tag + "'} ? 'true' : null\">"
                            + language.selfName() + "</a>"),
                    () -> "no link to " + tag);
        }
        assertEquals(Language.values().length, count(layout, "page\\.langUrl\\("));
    }

    @Test
    void everyThemeHasOneLinkWithItsOwnLabelAndNoOtherThemeHasAny() throws IOException {
        String layout = layout();
        for (String theme : DisplayPreferences.THEMES) {
            assertTrue(
                    layout.contains("<a th:href=\"${page.displayUrl('theme', '" + theme
                            + "')}\" th:text=\"#{a11y.theme." + theme + "}\" data-setting=\"theme-" + theme + "\""),
                    () -> "no link to the " + theme + " theme");
            assertTrue(
                    layout.contains("th:aria-current=\"${page.display().theme() == '" + theme + "'} ? 'true' : null\""),
                    theme);
        }
        assertEquals(DisplayPreferences.THEMES.size(), count(layout, "page\\.displayUrl\\('theme'"));
    }
}
