package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * KG-02's officer (who reads camove in Russian) in headless Chromium writes the narrative report of the open period (2026-Q4), attaches a CSV
 * file with a Cyrillic name, sees it listed and downloads it (always as an attachment, never rendered); a manager
 * downloads it too, TJ-01's officer and the donor do not get it; the officer then deletes it.
 */
class NarrativeReportBrowserIT extends BrowserTest {

    private static final String FILE_NAME = "Список участников.csv";
    private static final String PACKAGE = "reporting_period_id = (SELECT id FROM reporting_period WHERE programme_id = 1 "
            + "AND year = 2026 AND quarter = 4) AND partner_id = (SELECT id FROM organisation WHERE code = 'KG-02')";

    private boolean hadPackage;

    @BeforeEach
    void packageBefore() {
        hadPackage = DatabaseQueries.number("SELECT COUNT(*) FROM report_submission WHERE " + PACKAGE) > 0;
    }

    /** What the test wrote; a file it could not delete through the page stays on the test server's disk only. */
    @AfterEach
    void removeWhatWasWritten() {
        DatabaseQueries.update("DELETE FROM narrative_report WHERE " + PACKAGE);
        DatabaseQueries.update("DELETE FROM evidence_file WHERE " + PACKAGE);
        if (!hadPackage) {
            DatabaseQueries.update("DELETE FROM report_submission WHERE " + PACKAGE);
        }
    }

    @Test
    void thePartnerWritesTheNarrativeAttachesAFileSeesItListedAndDownloadsIt() throws IOException {
        browser.get(WebSession.BASE + "index.xhtml");
        Chromium.signIn(browser, "partner.kg", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("narrativeLink"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("narrativeTitle"))).getText())
                .as("partner.kg reads camove in Russian").contains("Описательный отчёт", "Бишкекский центр поддержки мигрантов");
        // the link opens the open period due first; other tests may open more periods, so name the one written here
        browser.get(WebSession.BASE + "narrative-report.xhtml?period=" + DatabaseQueries.number("SELECT id FROM reporting_period "
                + "WHERE programme_id = 1 AND year = 2026 AND quarter = 4") + "&partner="
                + DatabaseQueries.number("SELECT id FROM organisation WHERE code = 'KG-02'"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("narrativeTitle"))).getText()).endsWith("2026-Q4");

        WebElement activity = browser.findElement(By.cssSelector("tr[data-code='1.1.1']"));
        new Select(activity.findElement(By.tagName("select"))).selectByVisibleText("Выполнено");
        activity.findElement(By.cssSelector("textarea[id$=':done']")).sendKeys("42 families advised on registration");
        browser.findElement(By.id("narrativeForm:women")).sendKeys("27");
        browser.findElement(By.id("narrativeForm:men")).sendKeys("15");
        write("changesObserved", "Registration doubled in the Osh settlements.");
        write("challenges", "Floods closed the road to Batken.");
        browser.findElement(By.id("narrativeForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Описательный отчёт сохранён."));
        assertThat(new Select(browser.findElement(By.cssSelector("tr[data-code='1.1.1'] select"))).getFirstSelectedOption().getText())
                .isEqualTo("Выполнено");
        assertThat(browser.findElement(By.cssSelector("#narrativeForm\\:changesObserved .ql-editor")).getText())
                .isEqualTo("Registration doubled in the Osh settlements.");
        assertThat(DatabaseQueries.single("SELECT beneficiaries_women FROM narrative_report WHERE " + PACKAGE)).isEqualTo(27);

        Path csv = Chromium.DOWNLOADS.resolveSibling("upload").resolve(FILE_NAME);
        Files.createDirectories(csv.getParent());
        byte[] content = "date;women;men\n2026-10-02;27;15\n".getBytes(StandardCharsets.UTF_8);
        Files.write(csv, content);
        browser.findElement(By.cssSelector("#evidenceForm input[type='file']")).sendKeys(csv.toAbsolutePath().toString());
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("camove-evidence-link")));
        assertThat(link.getText()).isEqualTo(FILE_NAME);
        assertThat(browser.findElement(By.cssSelector(".camove-evidence-file")).getText()).contains("text/csv", "partner.kg");
        Chromium.screenshot(browser, "narrative-report-evidence");

        String path = link.getAttribute("href").substring(WebSession.BASE.length());
        var asPartner = WebSession.joining(browser.manage().getCookieNamed("JSESSIONID").getValue()).download(path);
        assertThat(asPartner.statusCode()).isEqualTo(200);
        assertThat(asPartner.body()).isEqualTo(content);
        assertThat(asPartner.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"______ __________.csv\"; filename*=UTF-8''%D0%A1%D0%BF%D0%B8%D1%81%D0%BE%D0%BA%20"
                        + "%D1%83%D1%87%D0%B0%D1%81%D1%82%D0%BD%D0%B8%D0%BA%D0%BE%D0%B2.csv");
        assertThat(asPartner.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(asPartner.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(asPartner.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).startsWith("sandbox"));

        var manager = new WebSession();
        manager.signIn("manager", "camove-demo");
        assertThat(manager.download(path).body()).as("a manager downloads it too").isEqualTo(content);
        var otherPartner = new WebSession();
        otherPartner.signIn("partner.tj", "camove-demo");
        var refused = otherPartner.download(path);
        assertThat(refused.statusCode()).as("another partner's officer").isEqualTo(404);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("2026-10-02");
        var donor = new WebSession();
        donor.signIn("donor", "camove-demo");
        assertThat(donor.download(path).statusCode()).isIn(403, 404);
        assertThat(donor.get("narrative-report.xhtml").statusCode()).isIn(403, 404);

        browser.findElement(By.cssSelector("[id$=':deleteFile']")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidenceForm"), "Файлы ещё не приложены."));
        assertThat(WebSession.joining(browser.manage().getCookieNamed("JSESSIONID").getValue()).download(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aLockedQuartersReportIsReadOnlyWithTheStoryToldWithoutConsentMarked_andNotFoundForAnotherPartner() {
        long period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 3");
        long kg02 = DatabaseQueries.number("SELECT id FROM organisation WHERE code = 'KG-02'");
        String page = "narrative-report.xhtml?period=" + period + "&partner=" + kg02;
        var manager = new WebSession();
        manager.signIn("manager", "camove-demo");
        String html = manager.get(page).body();
        assertThat(html).as("the demo's report of a locked quarter, read-only").contains("It can no longer be changed here.",
                "daughter goes to school", "A family facing eviction", "No consent: never shown to donors or exported",
                "Residence registrations obtained with our help <strong>doubled</strong>", "363 people: 212 women, 148 men, 3 other")
                .doesNotContain("narrativeForm", "evidenceForm");
        var otherPartner = new WebSession();
        otherPartner.signIn("partner.tj", "camove-demo");
        var refused = otherPartner.get(page);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Gulnara");
    }

    private void write(String field, String text) {
        WebElement editor = browser.findElement(By.cssSelector("#narrativeForm\\:" + field + " .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }
}
