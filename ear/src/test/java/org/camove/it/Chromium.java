package org.camove.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests: a fresh profile per test, downloads into
 * {@code target/downloads}, English first, screenshots beside the downloads. Selenium Manager downloads nothing.
 */
final class Chromium {

    static final Path DOWNLOADS = Path.of(System.getProperty("camove.test.downloads", "target/downloads"));

    private Chromium() {
    }

    static WebDriver start() throws IOException {
        Files.createDirectories(DOWNLOADS);
        var options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,1000", "--lang=en-GB",
                        "--user-data-dir=" + Files.createTempDirectory(DOWNLOADS.getParent(), "chromium-profile-"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "en-GB,en"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static void signIn(WebDriver browser, String username, String password) {
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
    }

    /**
     * Signs out and waits for the sign-in page to say so: a page asked for before the sign-out is done can meet the
     * ending session ("Session is invalid") and lose where it was going.
     */
    static void signOut(WebDriver browser) {
        browser.findElement(By.id("userbar:logout")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("loggedOut")));
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(DOWNLOADS.resolveSibling(name + ".png"), png);
    }
}
