package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4's whole journey in two headless Chromiums, through the real pages only. An officer of partner KG-07
 * (a user made here: the demo's officers belong to partners other tests use; KG-07 has no 2026-Q4 data), who reads
 * camove in Russian, types the open period's values with the keyboard (a Sex × Age cross-tab, a percentage, a jump
 * from last quarter that the submit checks refuse until its comment explains it), writes the narrative's required sections and a story with consent,
 * attaches a PDF to one indicator and submits. The demo manager finds the package on the overview, returns it with a
 * comment; the officer reads the comment, fixes a value and submits again; the manager approves it. The fixed value
 * then counts in the indicator's results, computed here from what was typed and the other partners' approved values,
 * and the entry page is read-only. Everything of KG-07's 2026-Q4 and the user are removed at the end.
 */
class QuarterlyPackageJourneyBrowserIT extends BrowserTest {

    private static final String PARTNER = "KG-07";
    private static final String OFFICER = "journey.kg07";
    private static final String PASSWORD = "camove-demo";
    private static final String CROSS_TAB = "3.1.a";   // NUMBER SUM, Sex x Age
    private static final String SHARE = "3.a";         // PERCENTAGE
    private static final String COUNSELLED = "3.1.b";  // NUMBER SUM: the value fixed after the return
    private static final String REFERRED = "3.2.a";    // NUMBER SUM: far above last quarter's, so explained
    private static final String RETURN_COMMENT = "3.1.b: the intake register counts 16 people, not 15.";
    /** Sex (rows F, M, O) x Age (0-17, 18-35, 36-59, 60+), typed along the rows. */
    private static final int[] CELLS = {18, 30, 14, 3, 15, 25, 10, 3, 1, 1, 0, 0};

    private long period;
    private long partner;
    private WebDriver managerBrowser;

    @BeforeEach
    void createTheOfficer() {
        period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4");
        partner = DatabaseQueries.number("SELECT id FROM organisation WHERE code = ?", PARTNER);
        removeThePackage();
        DatabaseQueries.update("DELETE FROM app_user WHERE username = ?", OFFICER);   // left by a run that was killed
        DatabaseQueries.update("INSERT INTO app_user (username, password_hash, full_name, email, organisation_id, locale) "
                + "SELECT ?, password_hash, 'Bermet Journeyeva', NULL, ?, 'ru' FROM app_user WHERE username = 'partner.kg'",
                OFFICER, partner);
        DatabaseQueries.update("INSERT INTO user_role (user_id, role) SELECT id, 'PARTNER_OFFICER' FROM app_user WHERE username = ?",
                OFFICER);
    }

    @AfterEach
    void removeWhatTheJourneyWrote() {
        if (managerBrowser != null) {
            managerBrowser.quit();
        }
        removeThePackage();
        DatabaseQueries.update("DELETE FROM app_user WHERE username = ?", OFFICER);
    }

    @Test
    void aPartnerFillsAndSubmits_aManagerReturnsIt_thePartnerFixesAndResubmits_theManagerApproves_andTheValuesCountAndAreLocked()
            throws IOException {
        String entry = WebSession.BASE + "indicator-values.xhtml?period=" + period;   // no partner: the officer's own
        browser.get(WebSession.BASE + "index.xhtml");
        Chromium.signIn(browser, OFFICER, PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reportValuesLink"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("valuesTitle"), "Значения индикаторов"));
        // the link opens the open period due first; other tests may open more periods, so name the one reported here
        browser.get(entry);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("valuesTitle"), "2026-Q4"));
        assertThat(assigned()).as("what this journey types").containsExactlyInAnyOrder(SHARE, CROSS_TAB, COUNSELLED, REFERRED);
        assertThat(lines()).as("every indicator assigned to KG-07").containsExactlyInAnyOrderElementsOf(assigned());

        // 1. the values, with the keyboard
        input(CROSS_TAB, ".cell[AGE=0-17;SEX=F]").click();
        var typing = new Actions(browser);
        for (int i = 0; i < CELLS.length; i++) {
            typing.sendKeys(Integer.toString(CELLS[i]));
            if (i < CELLS.length - 1) {
                typing.sendKeys(Keys.TAB);
            }
        }
        typing.perform();
        int crossTabTotal = Arrays.stream(CELLS).sum();
        assertThat(input(CROSS_TAB, "").getDomProperty("value")).as("the total derived as typed").isEqualTo(Integer.toString(crossTabTotal));
        input(SHARE, ".numerator").click();
        new Actions(browser).sendKeys("33", Keys.TAB, "75", Keys.TAB).perform();
        assertThat(line(SHARE).findElement(By.className("camove-percent")).getText()).isEqualTo("= 44 %");
        input(COUNSELLED, "").sendKeys("15");
        BigDecimal previousReferred = number(line(REFERRED).findElement(By.className("camove-previous")).getText());
        BigDecimal referred = previousReferred.multiply(BigDecimal.valueOf(3));
        input(REFERRED, "").sendKeys(referred.toPlainString());   // explained only once the checks ask for it
        Chromium.screenshot(browser, "journey-values-typed");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Сохранено."));
        assertThat(pendingValue(CROSS_TAB)).isEqualByComparingTo(BigDecimal.valueOf(crossTabTotal));
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM indicator_value_cell c JOIN indicator_value v ON v.id = c.value_id "
                + "WHERE v.partner_id = ? AND v.year = 2026 AND v.quarter = 4 AND v.indicator_id = ?", partner, indicator(CROSS_TAB)))
                .isEqualTo(CELLS.length);

        // 2. the narrative report, from the entry page
        browser.findElement(By.id("narrativePart")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("narrativeTitle"), "2026-Q4"));
        browser.findElement(By.id("narrativeForm:addStory")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".camove-story input[id$=':storyTitle']")));
        WebElement activity = browser.findElement(By.cssSelector("#activities tbody tr"));
        new Select(activity.findElement(By.tagName("select"))).selectByVisibleText("Выполнено");
        activity.findElement(By.cssSelector("textarea[id$=':done']")).sendKeys("Two youth clubs met weekly in Karakol");
        browser.findElement(By.id("narrativeForm:women")).sendKeys("64");
        browser.findElement(By.id("narrativeForm:men")).sendKeys("54");
        write(browser.findElement(By.cssSelector("#narrativeForm\\:changesObserved .ql-editor")), "More families asked for school places.");
        write(browser.findElement(By.cssSelector("#narrativeForm\\:challenges .ql-editor")), "Snow closed the pass to Naryn in November.");
        browser.findElement(By.cssSelector(".camove-story input[id$=':storyTitle']")).sendKeys("Aizada goes back to school");
        write(browser.findElement(By.cssSelector(".camove-story [id$=':storyText'] .ql-editor")),
                "Aizada, 14, had missed a year of school while her parents worked in Moscow.");
        browser.findElement(By.cssSelector(".camove-story input[type=checkbox][id$=':consent']")).click();
        browser.findElement(By.id("narrativeForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Описательный отчёт сохранён."));
        assertThat(DatabaseQueries.rows("SELECT s.title, s.consent FROM narrative_story s JOIN narrative_report r ON r.id = s.narrative_report_id "
                + "WHERE r.reporting_period_id = ? AND r.partner_id = ?", period, partner))
                .singleElement().satisfies(s -> {
                    assertThat(s[0]).isEqualTo("Aizada goes back to school");
                    assertThat(s[1].toString()).isIn("true", "1");
                });

        // 3. evidence: a real PDF, verifying one indicator
        Path pdf = Chromium.DOWNLOADS.resolveSibling("upload").resolve("Referral register October.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, registerPdf());
        new Select(browser.findElement(By.id("evidenceForm:attachTo"))).selectByValue(Long.toString(indicator(REFERRED)));
        sleepBriefly();   // the choice reaches the server by ajax before the upload starts
        browser.findElement(By.cssSelector("#evidenceForm input[type='file']")).sendKeys(pdf.toAbsolutePath().toString());
        WebElement file = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("camove-evidence-file")));
        assertThat(file.getText()).contains("Referral register October.pdf", REFERRED, "application/pdf");
        assertThat(DatabaseQueries.single("SELECT indicator_id FROM evidence_file WHERE " + PACKAGE, period, partner).toString())
                .isEqualTo(Long.toString(indicator(REFERRED)));
        assertThat(storedFile(DatabaseQueries.single("SELECT stored_name FROM evidence_file WHERE " + PACKAGE, period, partner).toString()))
                .as("kept outside the web root, where the clean-up removes it").exists();

        // 4. the review page, from the entry page: submitted
        browser.get(entry);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reviewPart"))).click();
        assertThat(state(browser)).isEqualTo("Черновик");
        String bigChange = REFERRED + " изменился с " + previousReferred.toPlainString() + " в прошлом периоде до "
                + referred.toPlainString() + ", более чем на 50%. Объясните изменение в комментарии к значению.";
        assertThat(browser.findElements(By.className("camove-problem"))).extracting(WebElement::getText).containsExactly(bigChange);
        browser.findElement(By.id("reviewForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), bigChange));
        Chromium.screenshot(browser, "journey-submit-refused");
        assertThat(state(browser)).as("refused by the checks").isEqualTo("Черновик");
        browser.get(entry);
        input(REFERRED, ".comment").sendKeys("A second referral desk opened in Karakol in October.");
        browser.findElement(By.id("valuesForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Сохранено."));
        browser.findElement(By.id("reviewPart")).click();
        assertThat(state(browser)).isEqualTo("Черновик");
        browser.findElement(By.id("reviewForm:submit")).click();
        wait.until(driver -> "Отправлен".equals(state(browser)));
        assertThat(browser.findElements(By.cssSelector(".camove-problem"))).as("the checks found nothing").isEmpty();

        // 5. the manager finds it on the overview and returns it with a comment
        managerBrowser = Chromium.start();
        WebDriverWait managerWait = Chromium.waitFor(managerBrowser);
        managerWait.ignoring(StaleElementReferenceException.class);
        managerBrowser.get(WebSession.BASE + "reporting-overview.xhtml?programme=CAOTM&country=KG");
        Chromium.signIn(managerBrowser, "manager", PASSWORD);
        var cell = managerWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='period=" + period
                + "&partner=" + partner + "']")));
        assertThat(cell.getText()).isEqualTo("Submitted");
        cell.click();
        managerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewTitle"), PARTNER));
        assertThat(managerBrowser.findElement(By.id("values")).getText()).contains(REFERRED, referred.toPlainString(),
                "A second referral desk opened in Karakol in October.", "33/75 (44%)", "30/75 (40%)");
        assertThat(managerBrowser.getPageSource()).contains("Snow closed the pass to Naryn", "Referral register October.pdf");
        managerBrowser.findElement(By.id("reviewForm:comment")).sendKeys(RETURN_COMMENT);
        managerBrowser.findElement(By.id("reviewForm:return")).click();
        managerWait.until(driver -> "Returned".equals(state(managerBrowser)));

        // 6. the partner reads the comment, fixes the value and submits again
        browser.get(entry);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("camove-package-state"), "Возвращён"));
        input(COUNSELLED, "").clear();
        input(COUNSELLED, "").sendKeys("16");
        browser.findElement(By.id("valuesForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Сохранено."));
        assertThat(pendingValue(COUNSELLED)).isEqualByComparingTo("16");
        // this tab keeps the editable sheet open; the package is submitted from another
        String staleSheet = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(entry);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reviewPart"))).click();
        assertThat(state(browser)).isEqualTo("Возвращён");
        assertThat(browser.findElement(By.id("moves")).getText()).contains(RETURN_COMMENT);
        browser.findElement(By.id("reviewForm:submit")).click();
        wait.until(driver -> "Отправлен".equals(state(browser)));

        // 7. the manager (not the submitter) approves it
        managerBrowser.get(WebSession.BASE + "report-review.xhtml?period=" + period + "&partner=" + partner);
        managerWait.until(ExpectedConditions.elementToBeClickable(By.id("reviewForm:approve"))).click();
        managerWait.until(driver -> "Approved".equals(state(managerBrowser)));
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4 "
                + "AND approval_state = 'APPROVED'", partner)).isEqualTo(assigned().size());

        // 8. the fixed value counts in the results: what was typed plus the other approved values of those quarters
        BigDecimal others = DatabaseQueries.decimal("SELECT COALESCE(SUM(value), 0) FROM indicator_value WHERE indicator_id = ? "
                + "AND approval_state = 'APPROVED' AND period_index BETWEEN 2026 * 4 + 1 AND 2026 * 4 + 3 "
                + "AND NOT (partner_id = ? AND period_index = 2026 * 4 + 3)", indicator(COUNSELLED), partner);
        managerBrowser.get(WebSession.BASE + "indicator-results.xhtml?id=" + indicator(COUNSELLED) + "&from=2026-Q2&to=2026-Q4");
        String actual = managerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actualToDate"))).getText();
        Chromium.screenshot(managerBrowser, "journey-results");
        assertThat(number(actual)).as("2026-Q2 to Q4, approved").isEqualByComparingTo(others.add(BigDecimal.valueOf(16)));

        // 9. and they are locked: the sheet left open before is refused, the entry and narrative pages are read-only
        String reviewTab = browser.getWindowHandle();
        browser.switchTo().window(staleSheet);
        input(COUNSELLED, "").clear();
        input(COUNSELLED, "").sendKeys("17");
        browser.findElement(By.id("valuesForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Пакет за 2026-Q4 утверждён, поэтому его значения и отчёт заблокированы."));
        assertThat(DatabaseQueries.decimal("SELECT value FROM indicator_value WHERE partner_id = ? AND indicator_id = ? AND year = 2026 "
                + "AND quarter = 4", partner, indicator(COUNSELLED))).as("nothing changed").isEqualByComparingTo("16");
        browser.close();
        browser.switchTo().window(reviewTab);
        browser.get(entry);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheetState"), "только чтение"));
        assertThat(browser.findElement(By.className("camove-package-state")).getText()).isEqualTo("Утверждён");
        assertThat(browser.findElements(By.cssSelector("#valuesForm input[type=text], #valuesForm textarea"))).isEmpty();
        assertThat(browser.findElements(By.id("valuesForm:save"))).isEmpty();
        assertThat(line(COUNSELLED).findElement(By.className("camove-current")).getText()).isEqualTo("16");
        browser.findElement(By.id("narrativePart")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("packageState"), "Пакет утверждён"));
        assertThat(browser.findElements(By.cssSelector("#narrativeForm, #evidenceForm"))).isEmpty();
        assertThat(browser.getPageSource()).contains("Snow closed the pass to Naryn", "Referral register October.pdf");
    }

    private static final String PACKAGE = "reporting_period_id = ? AND partner_id = ?";

    /** KG-07's 2026-Q4: values and their audit, the package with its moves and comments, narrative, evidence and files. */
    private void removeThePackage() {
        DatabaseQueries.rows("SELECT stored_name FROM evidence_file WHERE " + PACKAGE, period, partner)
                .forEach(row -> deleteStoredFile(row[0].toString()));
        DatabaseQueries.update("DELETE FROM evidence_file WHERE " + PACKAGE, period, partner);
        DatabaseQueries.update("DELETE FROM narrative_report WHERE " + PACKAGE, period, partner);
        DatabaseQueries.update("DELETE FROM report_submission WHERE " + PACKAGE, period, partner);
        DatabaseQueries.update("DELETE FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", partner);
        DatabaseQueries.update("DELETE FROM indicator_value_change WHERE partner_id = ? AND year = 2026 AND quarter = 4", partner);
        DatabaseQueries.rows("SELECT indicator_id FROM indicator_partner WHERE organisation_id = ?", partner)
                .forEach(row -> DatabaseQueries.valuesChanged(((Number) row[0]).longValue()));
    }

    /** Where the test server keeps an evidence file (its data directory, see EvidenceStore). */
    private static Path storedFile(String storedName) {
        return Path.of(System.getProperty("camove.test.evidence.dir")).resolve(storedName);
    }

    private static void deleteStoredFile(String storedName) {
        try {
            Files.deleteIfExists(storedFile(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> assigned() {
        return DatabaseQueries.rows("SELECT i.code FROM indicator_partner ip JOIN indicator i ON i.id = ip.indicator_id "
                        + "JOIN result r ON r.id = i.result_id WHERE ip.organisation_id = ? AND r.programme_id = 1", partner)
                .stream().map(row -> row[0].toString()).toList();
    }

    private List<String> lines() {
        return browser.findElements(By.cssSelector("tbody.camove-value")).stream().map(l -> l.getAttribute("data-code")).toList();
    }

    private BigDecimal pendingValue(String code) {
        return DatabaseQueries.decimal("SELECT value FROM indicator_value WHERE partner_id = ? AND indicator_id = ? AND year = 2026 "
                + "AND quarter = 4 AND approval_state = 'PENDING'", partner, indicator(code));
    }

    private WebElement line(String code) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody.camove-value[data-code='" + code + "']")));
    }

    /** The input of the field {@code value[CODE]part} (see ValueRules), e.g. part ".cell[AGE=0-17;SEX=F]". */
    private WebElement input(String code, String part) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='value[" + code + "]" + part + "']")));
    }

    private static String state(WebDriver driver) {
        return Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("packageState"))).getText();
    }

    private static void write(WebElement editor, String text) {
        editor.click();
        editor.sendKeys(text);
    }

    /** A figure as the pages show it (digits with the locale's grouping). */
    private static BigDecimal number(String text) {
        return new BigDecimal(text.replaceAll("[^0-9.]", ""));
    }

    private static long indicator(String code) {
        return DatabaseQueries.number("SELECT id FROM indicator WHERE code = ? AND result_id IN (SELECT id FROM result WHERE programme_id = 1)", code);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A one-page register made with PDFBox, so the server's content check sees a real PDF. */
    private static byte[] registerPdf() {
        return PdfText.onePage("Referral register, Karakol, October 2026");
    }
}
