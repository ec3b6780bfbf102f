package uz.muhokama.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium driven by its own chromedriver: no Selenium Manager, no network. */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,900",
                    "--lang=de-DE",
                    "--accept-lang=de-DE,de",
                    "--user-data-dir=" + Files.createTempDirectory("muhokama-chrome"));
            // A browser that prefers a language the portal does not speak, so the default shows.
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a picture of what the person saw, for the build's record. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of(
                    System.getProperty("screenshot.dir", "target/screenshots"),
                    System.getProperty("it.db.kind", "derby"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
