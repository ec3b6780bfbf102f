package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uz.muhokama.platform.i18n.UzbekScript;

/**
 * An editor writes a draft in Cyrillic only on the agency page; a reader of Latin Uzbek sees its
 * transliteration marked as not the official text, with the way to the official one, and a reader of
 * Cyrillic sees a Latin-only draft the same way. Both pages pass axe.
 */
class CyrillicDraftsBrowserIT extends BrowserStory {

    @Test
    void anEditorWritesInCyrillicAndALatinReaderSeesTheTransliterationMarked() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String title = "Қуёш энергияси " + UUID.randomUUID().toString().substring(0, 8);
        signIn(editor.email(), editor.password(), "/agency/drafts/new");

        browser.findElement(By.id("titleUzCyrl")).sendKeys(title);
        new Select(browser.findElement(By.id("actType"))).selectByValue("law");
        new Select(browser.findElement(By.id("sector"))).selectByValue("energy");
        browser.findElement(By.id("clauseNumber-0")).sendKeys("1");
        browser.findElement(By.id("clauseTextCyrl-0")).sendKeys("Қуёш панеллари учун имтиёзлар.");
        browser.findElement(By.cssSelector("main form.form > button[type=submit]"))
                .click();
        waitUntilUrl(url -> url.contains("/agency/drafts/ID-") && url.contains("saved"));
        String number = browser.getCurrentUrl().replaceAll(".*/agency/drafts/(ID-\\d+).*", "$1");
        assertEquals(title, browser.findElement(By.id("titleUzCyrl")).getAttribute("value"), "saved as Cyrillic");
        assertEquals("", browser.findElement(By.id("titleUz")).getAttribute("value"));

        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(3));
        browser.manage().deleteAllCookies();

        open("/drafts/" + number + "?lang=uz");
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertEquals(UzbekScript.toLatin(title), heading.getText());
        assertEquals("uz", heading.getAttribute("lang"));
        WebElement note = browser.findElement(By.id("generated-note"));
        assertTrue(note.isDisplayed(), "the mark is visible");
        assertEquals("generated-note", heading.getAttribute("aria-describedby"));
        assertEquals(
                UzbekScript.toLatin("Қуёш панеллари учун имтиёзлар."),
                browser.findElement(By.cssSelector("#clause-1 .clause-text")).getText());
        Browser.screenshot(browser, "cyrillic-draft-read-in-latin");
        assertAccessible("a Cyrillic draft on the Latin page");

        note.findElement(By.cssSelector("a[hreflang='uz-Cyrl']")).click();
        waitUntilUrl(url -> url.contains("lang=uz-Cyrl"));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("generated-note")).isEmpty(), "the official text is not marked");
    }

    @Test
    void aCyrillicReaderSeesALatinDraftMarkedAsGenerated() {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String title = "Soliq kodeksiga oʻzgartirishlar "
                + UUID.randomUUID().toString().substring(0, 8);
        String number = Drafts.create(http, editor, CyrillicDrafts.latinOnly(title));
        Drafts.publish(http, editor, number, Duration.ZERO, 15);
        Drafts.moveClock(http, Duration.ofMinutes(3));
        browser.manage().deleteAllCookies();

        for (String theme : new String[] {"light", "dark"}) {
            open("/drafts/" + number + "?lang=uz-Cyrl");
            if (theme.equals("dark")) {
                browser.findElement(By.cssSelector("[data-setting=theme-dark]")).click();
                assertTrue(browser.findElement(By.tagName("html"))
                        .getAttribute("class")
                        .contains("theme-dark"));
            }
            WebElement heading = browser.findElement(By.tagName("h1"));
            assertEquals(UzbekScript.toCyrillic(title), heading.getText());
            assertEquals("uz-Cyrl", heading.getAttribute("lang"));
            assertTrue(browser.findElement(By.id("generated-note")).isDisplayed());
            assertTrue(browser.findElement(By.id("clauses-generated")).isDisplayed());
            assertAccessible("a Latin draft on the Cyrillic page, " + theme);
        }
        Browser.screenshot(browser, "latin-draft-read-in-cyrillic");

        open("/drafts?lang=uz-Cyrl&q=" + number);
        assertTrue(browser.findElement(By.cssSelector(".draft-card .generated-mark"))
                .isDisplayed());
        assertAccessible("the search card of a transliterated title");
    }
}
