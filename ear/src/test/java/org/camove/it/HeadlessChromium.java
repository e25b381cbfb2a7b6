package org.camove.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The browser of the browser tests: Debian's headless Chromium in English, downloads and screenshots under target/. */
final class HeadlessChromium {

    static final Path DOWNLOADS = Path.of(System.getProperty("camove.test.downloads", "target/downloads"));

    private HeadlessChromium() {
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

    /** Saves what the browser shows as target/NAME.png, for a person to look at. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(DOWNLOADS.resolveSibling(name + ".png"), png);
    }
}
