package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A citizen follows a sector from its page, hears of new drafts in a daily digest from now on, and reads
 * their notifications, the header counting what is unread; both pages pass the accessibility check.
 */
class FollowsBrowserIT extends BrowserStory {

    @Test
    void aCitizenFollowsASectorChoosesADailyDigestAndReadsTheNotifications() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        signIn(citizen.email(), citizen.password(), "/sectors/energy");

        browser.findElement(By.cssSelector("button[data-follow=sector]")).click();
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
                                    "/api/v1/test/notifications",
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

        browser.findElement(By.cssSelector("#notification-list li.unread form button"))
                .click();
        waitUntilUrl(url -> url.endsWith("/me/notifications"));
        assertEquals("1", browser.findElement(By.id("header-unread")).getText());
        browser.findElement(By.cssSelector("#mark-all-read button")).click();
        waitUntilUrl(url -> url.endsWith("/me/notifications"));
        assertTrue(browser.findElements(By.id("header-unread")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#notification-list li.unread"))
                .isEmpty());
    }
}
