package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * An anonymous reader's page with the shared header is the very page the header rendered in full
 * would make: in every language and display setting, and for page addresses that need escaping.
 */
class SharedHeadersTest {

    private static final TemplateEngine ENGINE = ThymeleafViewWriter.createEngine(new Messages(), true);

    private static final List<String> ADDRESSES = List.of(
            "/",
            "/drafts/ID-100001",
            "/drafts?q=tarif&sector=energy&page=2",
            "/drafts?q=%22%3Cscript%3E&sort=oldest",
            "/drafts?q=<b>\"x\"&amp;'y'",
            "/drafts?q=toʻgʻrisida");

    /** An anonymous reader of one address, as the layout sees it. */
    private static class Reader extends PageContext {
        private final Language language;
        private final DisplayPreferences display;
        private final String here;

        Reader(Language language, DisplayPreferences display, String here) {
            this.language = language;
            this.display = display;
            this.here = here;
        }

        @Override
        public Language language() {
            return language;
        }

        @Override
        public DisplayPreferences display() {
            return display;
        }

        @Override
        public boolean signedIn() {
            return false;
        }

        @Override
        public boolean callerHas(String role) {
            return false;
        }

        @Override
        public String csrf() {
            return "token";
        }

        @Override
        public String here() {
            return here;
        }

        @Override
        public String path() {
            return here;
        }
    }

    private static String page(SharedHeaders headers, Reader reader) {
        View view = View.of("error")
                .with("title", "Not found")
                .with("detail", "No such draft")
                .with("fields", List.of());
        return new String(ThymeleafViewWriter.render(ENGINE, headers, view, reader), StandardCharsets.UTF_8);
    }

    @Test
    void everyLanguageAndDisplaySettingAndAddressGetsTheSamePageAsARenderedHeaderWouldGive() {
        SharedHeaders headers = new SharedHeaders(ENGINE, new Caches(Clock.systemUTC()));
        for (Language language : Language.values()) {
            for (String font : DisplayPreferences.FONTS) {
                for (String theme : DisplayPreferences.THEMES) {
                    for (String here : ADDRESSES) {
                        DisplayPreferences display = new DisplayPreferences(font, theme);
                        String rendered = page(null, new Reader(language, display, here));
                        String shared = page(headers, new Reader(language, display, here));
                        assertEquals(rendered, shared, () -> language + " " + display + " " + here);
                    }
                }
            }
        }
    }

    @Test
    void aPageAddressIsEscapedInTheSharedHeaderAndNoMarkIsLeft() {
        String page = page(
                new SharedHeaders(ENGINE, new Caches(Clock.systemUTC())),
                new Reader(Language.EN, DisplayPreferences.DEFAULT, "/drafts?q=<b>\"x\""));
        assertTrue(page.contains("href=\"/drafts?q=&lt;b&gt;&quot;x&quot;&amp;lang=ru\""), page);
        assertTrue(page.contains("&amp;return=%2Fdrafts%3Fq%3D%3Cb%3E%22x%22\""), page);
        assertFalse(page.contains("<b>\"x\""), page);
        assertFalse(page.contains("muhokama-shared-header"), page);
    }

    @Test
    void theSharedHeaderIsTheLayoutsHeaderElementAlone() {
        String header = new SharedHeaders(ENGINE, new Caches(Clock.systemUTC()))
                .headerFor(new Reader(Language.RU, DisplayPreferences.DEFAULT, "/drafts/ID-100001"));
        assertTrue(header.startsWith("<header class=\"site-header\">"), header);
        assertTrue(header.endsWith("</header>"), header);
    }

    @Test
    void aSignedInReaderGetsTheHeaderRenderedWithTheirSignOutForm() {
        Reader signedIn = new Reader(Language.UZ, DisplayPreferences.DEFAULT, "/drafts/ID-100001") {
            @Override
            public boolean signedIn() {
                return true;
            }
        };
        String page = page(new SharedHeaders(ENGINE, new Caches(Clock.systemUTC())), signedIn);
        assertTrue(page.contains("<input type=\"hidden\" name=\"_csrf\" value=\"token\">"), page);
        assertFalse(page.contains("href=\"/sign-in\""), page);
    }
}
