package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On the pages, without any script of ours: a citizen votes, changes the vote, comments on clause 2 and
 * replies; another citizen flags the comment; the moderator hides it; the public sees the placeholder.
 */
class ParticipationBrowserIT extends BrowserStory {

    private WebElement voteButton(String value) {
        return browser.findElement(By.cssSelector("form.vote-form button[value='" + value + "']"));
    }

    @Test
    void aCitizenVotesCommentsAndRepliesAnotherFlagsAndTheModeratorHidesTheComment() {
        String number = Participation.openDraft(http, "Brauzer");
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String draftPage = "/drafts/" + number;

        signIn(citizen.email(), citizen.password(), draftPage);
        voteButton("SUPPORT").click();
        waitFor(By.cssSelector("form.vote-form button[value='SUPPORT'][aria-pressed='true']"));
        assertTrue(
                browser.findElement(By.cssSelector(".vote-support")).getText().contains("1 support"));
        voteButton("OPPOSE").click();
        waitFor(By.cssSelector("form.vote-form button[value='OPPOSE'][aria-pressed='true']"));
        assertTrue(
                browser.findElement(By.cssSelector(".vote-support")).getText().contains("0 support"));
        assertTrue(browser.findElement(By.cssSelector(".vote-oppose")).getText().contains("1 oppose"));

        browser.findElement(By.cssSelector("#clause-2 details summary")).click();
        browser.findElement(By.id("text-clause-2")).sendKeys("Asosiy tushunchalar <b>toʻliq emas</b>.");
        browser.findElement(By.cssSelector("#clause-2 details form button[type=submit]"))
                .click();
        waitFor(By.cssSelector(".comment-list .comment"));
        WebElement comment = browser.findElement(By.cssSelector(".comment-list > li > .comment"));
        String commentId = comment.getAttribute("id");
        assertEquals(
                "Asosiy tushunchalar <b>toʻliq emas</b>.",
                comment.findElement(By.cssSelector(".comment-text")).getText(),
                "the markup is shown as typed, not rendered");
        assertTrue(browser.findElement(By.cssSelector("#clause-2 .clause-comments"))
                .getText()
                .contains("1 comment"));

        browser.findElement(By.cssSelector(".comment-list > li > details.reply summary"))
                .click();
        WebElement replyText = browser.findElement(By.cssSelector(".comment-list > li > details.reply textarea"));
        replyText.sendKeys("Qoʻshimcha: 2-band atamalari.");
        browser.findElement(By.cssSelector(".comment-list > li > details.reply button[type=submit]"))
                .click();
        waitFor(By.cssSelector(".replies .comment"));
        assertEquals(
                "Qoʻshimcha: 2-band atamalari.",
                browser.findElement(By.cssSelector(".replies .comment-text")).getText());
        List<String> serious = new AxeBuilder()
                .analyze(browser).getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(Rule::getId)
                        .toList();
        assertEquals(List.of(), serious, "draft page with participation");
        Browser.screenshot(browser, "draft-page-participation");

        Accounts.SignedIn reader = Accounts.newCitizen(http);
        signIn(reader.email(), reader.password(), draftPage);
        browser.findElement(By.cssSelector("#" + commentId + " .comment-actions details summary"))
                .click();
        browser.findElement(By.cssSelector("#" + commentId + " .comment-actions input[name=reason]"))
                .sendKeys("Mavzudan tashqari");
        browser.findElement(By.cssSelector("#" + commentId + " .comment-actions details button[type=submit]"))
                .click();
        waitFor(By.cssSelector(".notice.success"));

        signIn("moderator@demo.muhokama.uz", Accounts.DEMO_PASSWORD, "/moderation");
        String flagged = "#flagged-" + commentId.replace("comment-", "");
        waitFor(By.cssSelector(flagged));
        assertTrue(browser.findElement(By.cssSelector(flagged)).getText().contains("Mavzudan tashqari"));
        browser.findElement(By.cssSelector(flagged + " input[name=reason]")).sendKeys("Qoidalarning 3-bandi");
        browser.findElement(By.cssSelector(flagged + " button[type=submit]")).click();
        waitFor(By.cssSelector(".notice.success"));
        assertTrue(browser.findElements(By.cssSelector(flagged)).isEmpty(), "no longer in the queue");

        browser.manage().deleteAllCookies();
        open(draftPage + "?lang=en");
        WebElement hidden = browser.findElement(By.id(commentId));
        assertEquals(
                "Hidden by moderator.",
                hidden.findElement(By.cssSelector(".comment-text")).getText());
        assertFalse(browser.getPageSource().contains("toʻliq emas"), "the hidden text is not on the public page");
        assertEquals(
                "Qoʻshimcha: 2-band atamalari.",
                browser.findElement(By.cssSelector(".replies .comment-text")).getText());
    }
}
