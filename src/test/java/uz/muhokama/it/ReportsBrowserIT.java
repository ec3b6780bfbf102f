package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In the browser: the editor takes the report and the decisions workbook from the portal, uploads the
 * workbook filled in and publishes the summary; a citizen finds the decision on their proposal.
 */
class ReportsBrowserIT extends BrowserStory {

    @Test
    void theEditorDecidesThroughTheWorkbookAndPublishesAndTheCitizenSeesTheDecision() throws Exception {
        Decisions.Closed closed = Decisions.closedWithComments(
                http,
                List.of(
                        "Hisobot muddatini 30 kunga uzaytirishni taklif qilaman.",
                        "Elektron ariza berish imkoniyatini qoʻshish kerak."));
        String number = closed.draft().number();
        Accounts.SignedIn editor = closed.draft().editor();

        // The inbox: the report is there, and downloads as a workbook.
        signIn(editor.email(), editor.password(), "/agency/reports");
        String reportLink = browser.findElement(By.cssSelector("a[href='/agency/reports/" + number + "/workbook']"))
                .getAttribute("href");
        assertAccessible("the inbox");
        try (XSSFWorkbook report =
                Reports.open(http.getBytes(reportLink.replaceAll("^https?://[^/]+", ""), "Cookie", cookies()))) {
            assertEquals("Umumiy maʼlumot", report.getSheetAt(0).getSheetName());
        }

        // The decisions page: the workbook to download, filled in, uploaded.
        open("/agency/drafts/" + number + "/decisions?lang=en");
        assertAccessible("the decisions page");
        byte[] workbook = http.getBytes("/agency/drafts/" + number + "/decisions/workbook", "Cookie", cookies());
        Path filled = Files.createTempFile("decisions-", ".xlsx");
        Files.write(
                filled,
                Decisions.fill(
                        workbook,
                        Map.of(
                                closed.comments().get(0), new String[] {"Qabul qilindi", null},
                                closed.comments().get(1),
                                        new String[] {
                                            "Rad etildi", "Elektron ariza allaqachon 3-bandda nazarda tutilgan."
                                        })));
        browser.findElement(By.id("decisions-file")).sendKeys(filled.toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        waitUntilUrl(url -> url.contains("done=uploaded"));
        assertTrue(
                browser.getPageSource().contains("1 accepted, 0 partly accepted, 1 rejected"), browser.getPageSource());

        // Publish: the public summary.
        browser.findElement(By.xpath("//form[contains(@action,'/publication')]//button"))
                .click();
        waitUntilUrl(url -> url.contains("/drafts/" + number + "/summary"));
        assertTrue(browser.findElement(By.id("proposal-" + closed.comments().get(1)))
                .getText()
                .contains("Elektron ariza allaqachon 3-bandda nazarda tutilgan."));
        assertAccessible("the summary page");

        // The author reads the decision on the profile page (and is told by e-mail once the job runs).
        Accounts.SignedIn author = closed.authors().get(0);
        signIn(author.email(), author.password(), "/me");
        open("/me?lang=en");
        String mine = browser.findElement(
                        By.id("my-proposal-" + closed.comments().get(1)))
                .getText();
        assertTrue(mine.contains("Rejected"), mine);
        assertAccessible("the profile with decisions");

        // The administrators' page of reports.
        signIn(Accounts.DEMO_ADMIN, Accounts.DEMO_PASSWORD, "/admin/reports");
        // No SMTP server listens in this story, so the e-mail step waits for its retry; the rest is done.
        String row = browser.findElement(By.id("report-" + number)).getText();
        assertTrue(row.contains("delivery folder: done") && row.contains("agency's inbox: done"), row);
        assertAccessible("the administrators' reports");
    }

    private String cookies() {
        return browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }
}
