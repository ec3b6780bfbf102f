package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the stories told in a browser share: one headless Chromium per class, pages opened on the
 * deployed portal, waits for what a person would wait for, signing in on the page, the accessibility
 * check, and the server's clock put back after each story.
 */
abstract class BrowserStory extends PortalIntegration {

    static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(element).isEmpty());
    }

    void waitUntilUrl(Predicate<String> arrived) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> arrived.test(d.getCurrentUrl()));
    }

    /** Signs in on the sign-in page (in English), which then goes on to {@code next}. */
    void signIn(String email, String password, String next) {
        browser.manage().deleteAllCookies();
        open("/sign-in?lang=en&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntilUrl(url -> url.contains(next.replaceAll("\\?.*", "")));
    }

    /** No serious or critical accessibility violation on the page shown (axe-core). */
    void assertAccessible(String what) {
        List<String> serious = new AxeBuilder()
                .analyze(browser).getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(Rule::getId)
                        .toList();
        assertEquals(List.of(), serious, what);
    }
}
