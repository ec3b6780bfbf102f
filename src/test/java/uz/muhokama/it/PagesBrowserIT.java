package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** People use the pages in a real browser: languages, display settings, registering, signing in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesBrowserIT {

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshVisitor() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Form posts navigate asynchronously; wait for the browser to arrive rather than sleep. */
    private void waitUntilUrl(Predicate<String> arrived) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> arrived.test(d.getCurrentUrl()));
    }

    private String htmlAttribute(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    @Test
    void aVisitorSwitchesToRussianAndThePortalRemembersIt() {
        open("/");
        assertEquals("uz", htmlAttribute("lang"), "Uzbek is the default for a browser that asks for German");
        browser.findElement(By.cssSelector(".lang-switch a[lang=ru]")).click();
        assertEquals("ru", htmlAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Выскажите"));
        open("/register");
        assertEquals("ru", htmlAttribute("lang"), "the choice is remembered on the next page");
        assertEquals("Регистрация", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector(".lang-switch a[lang=en]")).click();
        assertEquals("Register", browser.findElement(By.tagName("h1")).getText());
        Browser.screenshot(browser, "register-en");
    }

    @Test
    void aVisitorWithPoorSightChoosesDarkModeAndLargerTextWhichStayOnEveryPage() {
        open("/?lang=en");
        browser.findElement(By.cssSelector("[data-setting=theme-dark]")).click();
        assertTrue(htmlAttribute("class").contains("theme-dark"), htmlAttribute("class"));
        browser.findElement(By.cssSelector("[data-setting=font-larger]")).click();
        browser.findElement(By.cssSelector("[data-setting=font-larger]")).click();
        assertTrue(htmlAttribute("class").contains("font-xlarge"), htmlAttribute("class"));
        String background = browser.findElement(By.tagName("body")).getCssValue("background-color");
        assertEquals("rgba(18, 20, 23, 1)", background);
        Browser.screenshot(browser, "home-dark-xlarge");

        open("/sign-in");
        assertTrue(htmlAttribute("class").contains("theme-dark"));
        assertTrue(htmlAttribute("class").contains("font-xlarge"));
        browser.findElement(By.cssSelector("[data-setting=font-normal]")).click();
        browser.findElement(By.cssSelector("[data-setting=theme-contrast]")).click();
        assertEquals("font-normal theme-contrast", htmlAttribute("class"));
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "settings return to the same page");
    }

    @Test
    void aCitizenRegistersSignsOutAndSignsInAgainUsingOnlyTheKeyboardForTheForm() {
        String email = Accounts.uniqueEmail("browser");
        open("/register?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Accounts.STRONG_PASSWORD);
        browser.findElement(By.id("fullName")).sendKeys("Nodira Yusupova");
        new Select(browser.findElement(By.id("region"))).selectByValue("UZ-BU");
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        browser.findElement(By.id("fullName")).sendKeys(Keys.ENTER);

        waitUntilUrl(url -> url.contains("/me"));
        assertEquals(
                "Nodira Yusupova", browser.findElement(By.id("profile-name")).getText());
        assertTrue(
                browser.findElement(By.cssSelector(".notice.success")).getText().contains("Welcome"));
        Browser.screenshot(browser, "profile-after-register");

        browser.findElement(By.cssSelector(".main-nav button[type=submit]")).click();
        waitUntilUrl(url -> !url.contains("/me"));
        open("/me");
        assertTrue(browser.getCurrentUrl().contains("/sign-in"), "signed out: the profile asks to sign in");

        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Accounts.STRONG_PASSWORD, Keys.ENTER);
        waitUntilUrl(url -> url.endsWith("/me"));
        assertEquals(email, browser.findElement(By.id("profile-email")).getText());
    }

    @Test
    void aRegistrationWithMistakesShowsEachMessageBesideItsField() {
        open("/register?lang=uz");
        browser.findElement(By.id("email")).sendKeys("not-an-email");
        browser.findElement(By.id("password")).sendKeys("short", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("form-error")).isEmpty());
        assertTrue(browser.findElement(By.id("form-error")).isDisplayed());
        assertTrue(browser.findElement(By.id("email-error")).getText().contains("elektron pochta"));
        assertEquals("not-an-email", browser.findElement(By.id("email")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("password")).getAttribute("aria-invalid"));
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolationInAnyLanguageOrTheme() {
        String email = Accounts.uniqueEmail("axe");
        open("/register?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Accounts.STRONG_PASSWORD);
        browser.findElement(By.id("fullName")).sendKeys("Axe Tester");
        new Select(browser.findElement(By.id("region"))).selectByValue("UZ-TK");
        browser.findElement(By.id("fullName")).sendKeys(Keys.ENTER);
        waitUntilUrl(url -> url.contains("/me"));

        String someDraft = new Http(base)
                .get("/api/v1/drafts?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        // The closed demo draft, whose survey results are public.
        String closedDemo = new Http(base)
                .get("/api/v1/drafts?status=closed&agency=ministry-of-economy-and-finance&sort=oldest&size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        for (String theme : List.of("standard", "dark", "contrast")) {
            open("/settings/display?theme=" + theme + "&return=/");
            for (String page : List.of(
                    "/?lang=uz",
                    "/register?lang=ru",
                    "/sign-in?lang=en",
                    "/me?lang=uz",
                    "/no-such-page?lang=en",
                    "/drafts?lang=ru",
                    "/drafts/" + someDraft + "?lang=en",
                    "/sectors/energy",
                    "/portal-survey?lang=ru",
                    "/expert-application?lang=uz",
                    "/drafts/" + closedDemo + "/surveys/anti-corruption-expertise/results?lang=en",
                    "/drafts/" + closedDemo + "/surveys/general-survey/results?lang=ru")) {
                open(page);
                Results results = new AxeBuilder().analyze(browser);
                List<String> serious = results.getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(Rule::getId)
                        .toList();
                assertEquals(List.of(), serious, theme + " " + page);
            }
        }
    }
}
