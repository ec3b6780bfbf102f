package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The survey forms in a browser, without any script of ours: an expert fills the anti-corruption
 * expertise (a refusal keeps what was typed), a citizen the general survey and then reads its results,
 * a citizen sends a proposal for the portal from the footer and applies to be an expert. Every page
 * passes the accessibility check (no serious or critical violation).
 */
class SurveysBrowserIT extends BrowserStory {

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void submit(String formSelector) {
        browser.findElement(By.cssSelector(formSelector + " button[type=submit]"))
                .click();
    }

    @Test
    void anExpertFillsTheExpertiseAndARefusalKeepsWhatWasTyped() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn expert = Surveys.newExpert(http);
        signIn(expert.email(), expert.password(), "/drafts/" + draft.number());
        browser.findElement(By.cssSelector("#surveys a[href$='/surveys/anti-corruption-expertise']"))
                .click();
        waitFor(By.id("factor-F05"));
        assertEquals(22, browser.findElements(By.cssSelector("fieldset.factor")).size(), "every factor, in its group");
        assertEquals(
                4, browser.findElements(By.cssSelector("section.factor-group")).size());
        assertAccessible("the empty expertise form");

        byId("q-F05-present-yes").click();
        byId("q-F05-clauses-4").click();
        byId("q-F05-explanation").sendKeys("«Zarur hollarda» noaniq.");
        submit("form.survey-form");
        waitFor(By.id("form-error"));
        assertTrue(byId("q-F07-present-error").getText().contains("Please answer"));
        assertEquals("«Zarur hollarda» noaniq.", byId("q-F05-explanation").getAttribute("value"), "kept");
        assertTrue(byId("q-F05-clauses-4").isSelected(), "kept");
        assertAccessible("the expertise form with messages");

        for (int i = 1; i <= 22; i++) {
            if (i != 5) {
                byId("q-F%02d-present-no".formatted(i)).click();
            }
        }
        byId("q-conclusion-fixable").click();
        byId("q-expertStatus-ngo").click();
        submit("form.survey-form");
        waitFor(By.cssSelector(".notice.success"));
        assertTrue(byId("q-F05-present-yes").isSelected(), "the form shows the stored answers");
        assertTrue(browser.findElements(By.cssSelector("form.withdraw-form")).size() == 1);
        assertAccessible("the saved expertise");
        assertEquals(
                1,
                Surveys.question(Surveys.results(http, draft.editor(), draft.number(), Surveys.EXPERTISE), "F05")
                        .getInt("present"));
    }

    @Test
    void aCitizenAnswersTheGeneralSurveyAndThenReadsItsResults() {
        Surveys.OpenDraft draft = Surveys.openDraft(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        signIn(citizen.email(), citizen.password(), "/drafts/" + draft.number());
        assertTrue(browser.findElement(By.id("surveys")).getText().contains("once you have answered"));
        browser.findElement(By.cssSelector("#surveys a[href$='/surveys/general-survey']"))
                .click();
        waitFor(By.id("q-compliance"));
        assertAccessible("the general survey form");

        byId("q-compliance-partly").click();
        byId("q-compliance-clauses-3").click();
        byId("q-referenceNorms-no").click();
        byId("q-contradictingNorms-no").click();
        byId("q-clarity-2").click();
        byId("q-otherComments").sendKeys("3-band tushunarsiz.");
        submit("form.survey-form");
        waitFor(By.cssSelector(".notice.success"));
        browser.findElement(By.linkText("See the results")).click();
        waitFor(By.cssSelector("table.results"));
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("1 person answered."));
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("Mean: 2.0"));
        assertAccessible("the general survey's results");
    }

    @Test
    void aCitizenSendsAProposalForThePortalFromTheFooterAndAppliesToBeAnExpert() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        signIn(citizen.email(), citizen.password(), "/me");
        browser.findElement(By.cssSelector("footer a[href='/portal-survey']")).click();
        waitFor(By.id("q-proposals"));
        assertAccessible("the portal-development survey");
        submit("form.survey-form");
        waitFor(By.id("form-error"));
        assertTrue(byId("q-proposals-error").isDisplayed());
        byId("q-device-smartphone").click();
        byId("q-wantedFeatures-mobile").click();
        byId("q-proposals").sendKeys("Qidiruvda filtrlar koʻproq boʻlsin.");
        submit("form.survey-form");
        waitFor(By.cssSelector(".notice.success"));
        assertAccessible("the portal-development survey after sending");

        open("/me");
        browser.findElement(By.cssSelector("#expertise a[href='/expert-application']"))
                .click();
        waitFor(By.id("qualification"));
        assertAccessible("the expert application form");
        new Select(byId("status")).selectByValue("academic");
        byId("qualification").sendKeys("Huquqshunos, 10 yillik tajriba.");
        byId("statement").sendKeys("Qonun loyihalarini tahlil qilaman.");
        browser.findElement(By.cssSelector("main form.form button[type=submit]"))
                .click();
        waitFor(By.cssSelector(".notice.success"));
        assertTrue(
                browser.findElement(By.cssSelector(".applications")).getText().contains("waiting for a decision"));
        assertTrue(browser.findElements(By.id("qualification")).isEmpty(), "no second application while one waits");
    }

    @Test
    void theAdministratorApprovesAnApplicationOnItsPage() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        long id = http.postJson("/api/v1/expert-applications", """
                {"status": "ngo", "qualification": "Fuqarolik jamiyati instituti rahbari", "statement": "Ekspertiza"}""", "Authorization", citizen.bearer())
                .json()
                .getJsonNumber("id")
                .longValue();
        signIn(Accounts.DEMO_ADMIN, Accounts.DEMO_PASSWORD, "/admin");
        assertAccessible("the administration page");
        browser.findElement(By.cssSelector("a[href='/admin/expert-applications']"))
                .click();
        waitFor(By.id("application-" + id));
        assertAccessible("the applications");
        browser.findElement(By.cssSelector("form[action='/admin/expert-applications/" + id + "/approve'] button"))
                .click();
        waitFor(By.cssSelector(".notice.success"));
        assertTrue(http.get("/api/v1/me", "Authorization", citizen.bearer())
                .json()
                .getJsonArray("roles")
                .toString()
                .contains("EXPERT"));
        open("/admin/questionnaires/general-survey");
        waitFor(By.id("definition"));
        assertAccessible("the questionnaire editor");
        open("/admin/portal-survey");
        waitFor(By.id("answers-heading"));
        assertAccessible("the portal survey's answers");
    }
}
