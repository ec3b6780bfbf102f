package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader switches the portal to Uzbek in Cyrillic in a real browser; the pages stay accessible in it. */
class CyrillicBrowserIT extends BrowserStory {

    @Test
    void aReaderSwitchesToCyrillicAndReadsTheHomeAndASectorPage() {
        open("/");
        browser.manage().deleteAllCookies();
        open("/");
        assertEquals("uz", htmlLang());

        browser.findElement(By.cssSelector(".lang-switch a[lang=uz-Cyrl]")).click();
        waitUntilUrl(url -> url.contains("lang=uz-Cyrl"));
        assertEquals("uz-Cyrl", htmlLang());
        assertSwitcherMarksCyrillic();
        assertEquals("Соҳалар", browser.findElement(By.id("sectors-heading")).getText());
        assertTrue(browser.findElement(By.cssSelector(".sector-grid")).getText().contains("Тадбиркорлик фаолияти"));
        assertAccessible("the home page in Cyrillic");

        // Remembered: the sector page, reached without ?lang=, is in Cyrillic too.
        browser.findElement(By.cssSelector(".sector-grid li[data-code=energy] a"))
                .click();
        waitUntilUrl(url -> url.contains("/sectors/energy"));
        assertEquals("uz-Cyrl", htmlLang());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Энергетика"));
        assertSwitcherMarksCyrillic();
        assertAccessible("the sector page in Cyrillic");
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private void assertSwitcherMarksCyrillic() {
        WebElement current = browser.findElement(By.cssSelector(".lang-switch a[aria-current=true]"));
        assertEquals("Ўзбекча", current.getText());
        assertEquals("uz-Cyrl", current.getAttribute("lang"));
    }
}
