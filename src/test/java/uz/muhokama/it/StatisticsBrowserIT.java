package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In the browser: a journalist goes from the home page to the statistics, reads the regional table
 * beside its chart, narrows the period, moves to the agencies' table and takes it away as CSV.
 */
class StatisticsBrowserIT extends BrowserStory {

    @Test
    void aJournalistReadsTheRegionalTableNarrowsThePeriodAndDownloadsTheAgencies() {
        Participation.post(
                http,
                Accounts.newCitizen(http),
                Participation.openDraft(http, "Statistika"),
                Participation.comment("Samarqanddan fikr."));
        assertEquals(200, http.postJson("/api/v1/test/jobs/stats", "{}").status());

        open("/?lang=en");
        browser.findElement(By.cssSelector("footer a[href='/statistics']")).click();
        waitUntilUrl(url -> url.endsWith("/statistics"));
        assertEquals(
                "Participation by region", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.stats-table tbody tr"));
        assertEquals(16, rows.size(), "14 regions, region not given, total");
        assertTrue(
                rows.get(7).getText().startsWith("Samarkand Region"),
                rows.get(7).getText());
        assertEquals("Total", rows.get(15).findElement(By.tagName("th")).getText());
        assertEquals(
                1,
                browser.findElements(By.cssSelector("figure.chart svg[role=img] title"))
                        .size());
        assertAccessible("the regional table");
        Browser.screenshot(browser, "statistics-regions");

        // A period: this year only, by the form (no script needed).
        String today =
                LocalDate.ofInstant(Drafts.serverNow(http), Reports.TASHKENT).toString();
        String firstOfYear = today.substring(0, 4) + "-01-01";
        setDate("from", firstOfYear);
        setDate("to", today);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUntilUrl(url -> url.contains("from=" + firstOfYear));
        assertTrue(browser.findElement(By.cssSelector("main .draft-meta"))
                .getText()
                .contains(firstOfYear));

        // The agencies' table keeps the period, and its CSV is the same table.
        browser.findElement(By.linkText("By agency")).click();
        waitUntilUrl(url -> url.contains("/statistics/agencies") && url.contains("from=" + firstOfYear));
        assertEquals("page", browser.findElement(By.linkText("By agency")).getAttribute("aria-current"));
        assertAccessible("the agencies' table");
        Browser.screenshot(browser, "statistics-agencies");
        String csv = browser.findElement(By.linkText("Download as CSV"))
                .getAttribute("href")
                .replaceAll("^https?://[^/]+", "");
        Http.Reply download = http.get(csv);
        assertEquals(200, download.status());
        assertTrue(download.body().contains("Ministry of Justice"), "the agency named in the reader's language");

        // A dark theme and a bad date: the form again with its message.
        browser.findElement(By.cssSelector("[data-setting=theme-dark]")).click();
        open("/statistics?from=2026-13-01&lang=en");
        assertTrue(browser.findElement(By.tagName("html")).getAttribute("class").contains("theme-dark"));
        assertTrue(
                browser.findElement(By.cssSelector("[role=alert]")).getText().contains("Give a date as YYYY-MM-DD."));
        assertAccessible("the statistics page with an error");
    }

    @Test
    void aResearcherFindsTheOpenDataPackageFromTheFooter() {
        assertEquals(
                "made",
                http.postJson("/api/v1/test/jobs/open-data?slot=browser-" + UUID.randomUUID(), "{}")
                        .json()
                        .getString("outcome"));
        open("/?lang=en");
        browser.findElement(By.cssSelector("footer a[href='/open-data']")).click();
        waitUntilUrl(url -> url.endsWith("/open-data"));
        assertEquals("Open data", browser.findElement(By.tagName("h1")).getText());
        String zip = browser.findElement(By.cssSelector("a.button[download]"))
                .getAttribute("href")
                .replaceAll("^https?://[^/]+", "");
        assertTrue(zip.matches("/api/v1/open-data/packages/[0-9]+/muhokama-open-data-[0-9-]{10}\\.zip"), zip);
        assertEquals(
                17,
                browser.findElements(By.cssSelector("table.results tbody tr")).size(),
                "a row per file");
        assertEquals(200, http.get(zip).status());
        assertAccessible("the open data page");
        Browser.screenshot(browser, "open-data");
    }

    /** Date inputs take typed text in the browser's own order; set the value the form will send instead. */
    private void setDate(String id, String iso) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }
}
