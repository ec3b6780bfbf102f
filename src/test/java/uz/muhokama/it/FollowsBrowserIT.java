package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen follows a sector from its page, hears of new drafts in a daily digest from now on, reads
 * their notifications, the header counting what is unread, and stops following the sector from its page,
 * whose button says it is followed; the pages pass the accessibility check.
 */
class FollowsBrowserIT extends BrowserStory {

    @Test
    void aCitizenFollowsASectorChoosesADailyDigestAndReadsTheNotifications() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        signIn(citizen.email(), citizen.password(), "/sectors/energy");

        clickAndWaitForTheNextPage(By.cssSelector("button[data-follow=sector]"));
        waitUntilUrl(url -> url.contains("followed=sector"));
        assertTrue(
                browser.findElement(By.cssSelector(".follow .notice")).getText().contains("You follow it now."));

        open("/me/follows?lang=en");
        assertTrue(browser.findElement(By.id("follow-list")).getText().contains("Sector: "));
        browser.findElement(By.id("followed-drafts-daily")).click();
        browser.findElement(By.cssSelector("#settings-form button[type=submit]"))
                .click();
        waitFor(By.id("settings-saved"));
        assertTrue(browser.findElement(By.id("followed-drafts-daily")).isSelected());
        assertAccessible("/me/follows");
        Browser.screenshot(browser, "follows");

        for (int i = 0; i < 2; i++) {
            assertEquals(
                    200,
                    http.postJson(
                                    "/api/v1/test/notifications/inbox",
                                    "{\"accountId\": %d, \"type\": \"DRAFT_PUBLISHED\"}".formatted(citizen.id()))
                            .status());
        }
        open("/me/notifications?lang=en");
        assertEquals("2", browser.findElement(By.id("header-unread")).getText());
        assertEquals(
                "Notifications, 2 unread",
                browser.findElement(By.id("header-notifications")).getAttribute("aria-label"));
        assertEquals(
                2,
                browser.findElements(By.cssSelector("#notification-list li.unread"))
                        .size());
        assertAccessible("/me/notifications");
        Browser.screenshot(browser, "notifications");

        clickAndWaitForTheNextPage(By.cssSelector("#notification-list li.unread form button"));
        assertEquals("1", browser.findElement(By.id("header-unread")).getText());
        clickAndWaitForTheNextPage(By.cssSelector("#mark-all-read button"));
        assertTrue(browser.findElements(By.id("header-unread")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#notification-list li.unread"))
                .isEmpty());

        // Back on the sector's page the button says it is followed, and stops it.
        open("/sectors/energy?lang=en");
        assertEquals(
                "You follow it.",
                browser.findElement(By.cssSelector(".follow .following")).getText());
        assertAccessible("/sectors/energy");
        Browser.screenshot(browser, "sector-followed");
        clickAndWaitForTheNextPage(By.cssSelector("button[data-unfollow=sector]"));
        waitUntilUrl(url -> url.contains("unfollowed=sector"));
        assertTrue(
                browser.findElement(By.cssSelector(".follow .notice")).getText().contains("You no longer follow it."));
        assertEquals(
                "Follow this sector",
                browser.findElement(By.cssSelector("button[data-follow=sector]"))
                        .getText());
    }

    /** Posts a form and waits until the page it was on is gone (the next may have the same address). */
    private void clickAndWaitForTheNextPage(By button) {
        WebElement pressed = browser.findElement(button);
        pressed.click();
        // Not ExpectedConditions.stalenessOf: while the old page is torn down Chromium may answer "node does not
        // belong to the document" instead of "stale element", which stalenessOf lets through as an error.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                pressed.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
