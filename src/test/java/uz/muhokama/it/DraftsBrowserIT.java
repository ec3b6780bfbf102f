package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor writes and publishes a draft on the pages; a citizen finds it and reads clause 3. */
class DraftsBrowserIT extends BrowserStory {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private void setValue(WebElement input, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", input, value);
    }

    @Test
    void anEditorPublishesADraftWithClausesAndAnAttachmentAndACitizenReadsClauseThree() throws Exception {
        Accounts.SignedIn editor = Accounts.newEditor(http, "ministry-of-energy");
        String title = "Quyosh energiyasi " + UUID.randomUUID().toString().substring(0, 8);
        open("/");
        browser.manage().deleteAllCookies();

        open("/sign-in?lang=en&next=%2Fagency%2Fdrafts%2Fnew");
        browser.findElement(By.id("email")).sendKeys(editor.email());
        browser.findElement(By.id("password")).sendKeys(editor.password());
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntilUrl(url -> url.endsWith("/agency/drafts/new"));

        browser.findElement(By.id("titleUz")).sendKeys(title);
        browser.findElement(By.id("titleEn")).sendKeys("Solar energy " + title);
        new Select(browser.findElement(By.id("actType"))).selectByValue("law");
        new Select(browser.findElement(By.id("sector"))).selectByValue("energy");
        String[] texts = {"Maqsad va vazifalar.", "Asosiy tushunchalar.", "Quyosh panellari uchun imtiyozlar."};
        for (int i = 0; i < 3; i++) {
            browser.findElement(By.id("clauseNumber-" + i)).sendKeys(String.valueOf(i + 1));
            browser.findElement(By.id("clauseText-" + i)).sendKeys(texts[i]);
        }
        browser.findElement(By.cssSelector("main form.form > button[type=submit]"))
                .click();
        waitUntilUrl(url -> url.contains("/agency/drafts/ID-") && url.contains("saved"));
        String number = browser.getCurrentUrl().replaceAll(".*/agency/drafts/(ID-\\d+).*", "$1");

        Path pdf = Files.createTempFile("loyiha", ".pdf");
        Files.write(pdf, AttachmentsIT.PDF);
        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector("#att-heading ~ ul a")).isEmpty());

        Instant opens = Drafts.serverNow(http).plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
        setValue(
                browser.findElement(By.id("opensAt")),
                LocalDateTime.ofInstant(opens, TASHKENT).toString());
        setValue(
                browser.findElement(By.id("closesAt")),
                LocalDateTime.ofInstant(opens.plus(Duration.ofDays(15)), TASHKENT)
                        .toString());
        browser.findElement(By.cssSelector("#publish-heading ~ form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("publish-heading")).isEmpty());
        Browser.screenshot(browser, "agency-draft-published");
        List<String> serious = new AxeBuilder()
                .analyze(browser).getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(Rule::getId)
                        .toList();
        assertEquals(List.of(), serious, "editor page");

        Drafts.moveClock(http, Duration.ofMinutes(5));
        browser.manage().deleteAllCookies();

        open("/drafts?lang=en");
        browser.findElement(By.id("q")).sendKeys(number);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUntilUrl(url -> url.contains("q=" + number));
        browser.findElement(By.linkText("Solar energy " + title)).click();
        waitUntilUrl(url -> url.endsWith("/drafts/" + number));
        assertTrue(browser.findElement(By.cssSelector(".status")).getText().contains("Open for discussion"));
        browser.findElement(By.cssSelector("a[href='#clause-3']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#clause-3"));
        assertEquals(
                "Quyosh panellari uchun imtiyozlar.",
                browser.findElement(By.cssSelector("#clause-3 .clause-text")).getText());
        assertEquals(
                1,
                browser.findElements(By.cssSelector("a[href*='/attachments/']")).size(),
                "the attachment is listed");
        Browser.screenshot(browser, "citizen-reads-clause-3");

        open("/sectors/energy?lang=en");
        assertTrue(!browser.findElements(By.linkText("Solar energy " + title)).isEmpty(), "listed in its sector");
    }

    @Test
    void aCitizenCannotOpenTheAgencyPages() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        open("/");
        browser.manage().deleteAllCookies();
        open("/sign-in?lang=en&next=%2Fagency%2Fdrafts");
        browser.findElement(By.id("email")).sendKeys(citizen.email());
        browser.findElement(By.id("password")).sendKeys(citizen.password());
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntilUrl(url -> url.endsWith("/agency/drafts"));
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
    }
}
