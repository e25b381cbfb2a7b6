package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A programme manager's first visit, in headless Chromium against the shipped EAR. */
class LogframeBrowserIT extends BrowserTest {

    private static final Path DOWNLOADS = Chromium.DOWNLOADS;

    @Test
    void aManagerSeesTheLogframeSwitchesToRussianAndDownloadsThePdf() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/camove/");
        assertThat(browser.findElements(By.id("login"))).as("the logframe asks for login first").hasSize(1);

        signIn("manager", "wrong-password");
        // the refusal comes with the next page, which a loaded machine may take a moment to send
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginError"))).getText())
                .isEqualTo("The user name or password is not correct.");

        signIn("manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        assertThat(browser.findElement(By.id("programmeName")).getText()).isEqualTo("Central Asia on the Move");
        var tree = browser.findElement(By.id("logframeForm:logframe"));
        assertThat(tree.getText()).contains("Goal", "Outcome", "Indicator", "Baseline");
        assertThat(tree.findElements(By.cssSelector("tr.camove-result-row")).size()).isGreaterThanOrEqualTo(4);
        assertThat(tree.findElements(By.cssSelector("tr.camove-indicator-row")).size()).isGreaterThanOrEqualTo(3);
        var firstStatement = tree.findElement(By.cssSelector("tr.camove-result-row td:nth-child(3)"));
        screenshot("logframe-en");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", firstStatement))
                .as("long statements wrap instead of being cut off").isTrue();
        assertThat(tree.findElements(By.cssSelector(".camove-status-GREEN")).size())
                .as("indicators on track show it").isGreaterThanOrEqualTo(5);
        assertThat(tree.findElements(By.cssSelector(".camove-status-RED")).size())
                .as("the demo has indicators off track").isGreaterThanOrEqualTo(1);
        screenshot("logframe-en");

        browser.findElement(By.id("userbar:lang-ru")).click();
        wait.until(ExpectedConditions.textToBe(By.id("programmeName"), "Центральная Азия в движении"));
        assertThat(browser.findElement(By.id("logframeForm:logframe")).getText()).contains("Цель", "Индикатор", "По плану");
        screenshot("logframe-ru");

        String russianStatement = browser.findElement(By.cssSelector("tr.camove-result-row .camove-statement")).getText();
        Files.deleteIfExists(DOWNLOADS.resolve("logframe-CAOTM-ru.pdf"));
        browser.findElement(By.id("downloadPdf")).click();
        Path pdf = awaitDownload("logframe-CAOTM-ru.pdf");
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Центральная Азия в движении", "Логическая рамка", "Индикатор");
            assertThat(text).contains(russianStatement.replaceAll("\\s+", " ").substring(0, 20));
        }

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("programmeName")).getText())
                .as("the language is remembered").isEqualTo("Центральная Азия в движении");
        browser.findElement(By.id("userbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("programmeName"), "Central Asia on the Move"));

        Chromium.signOut(browser);
        browser.get(WebSession.BASE + "logframe.xhtml");
        assertThat(browser.findElements(By.id("login"))).as("signed out").hasSize(1);
    }

    private void signIn(String username, String password) {
        Chromium.signIn(browser, username, password);
    }

    private Path awaitDownload(String name) throws IOException {
        Path file = DOWNLOADS.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                Files.exists(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        return file;
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
