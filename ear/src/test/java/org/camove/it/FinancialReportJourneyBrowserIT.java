package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5's journey of a financial report in two headless Chromiums, through the real pages only. An officer of partner
 * KG-06 (a user made here, reading camove in Russian) finds the report of a USD grant made here for the open quarter
 * under "My financial reports", enters the quarter's spend in KGS, saves, attaches a receipt (a PDF made with PDFBox)
 * and submits. The demo finance reviewer finds it in the review queue and returns it for a missing justification; the
 * officer adds it and submits again; the reviewer approves it, which releases the tranche it conditions; and the grant
 * financial PDF shows the quarter's line amounts converted as stored, the total and the cash position (received −
 * spent), read back with PDFBox and checked against the database. The grant, its report, the receipt's file and the
 * user are removed at the end.
 */
class FinancialReportJourneyBrowserIT extends BrowserTest {

    private static final String PARTNER = "KG-06";
    private static final String OFFICER = "journey.fin.kg06";
    private static final String PASSWORD = "camove-demo";
    private static final String REFERENCE = "IT-JOURNEY-FIN";
    private static final String RETURN_COMMENT = "Line 2: say which trips were made, the travel spend needs a justification.";
    private static final String JUSTIFICATION = "Two trips to Naryn district instead of three: the pass was closed in December.";

    private long period;
    private long grant;
    private long tranche;
    private WebDriver financeBrowser;

    @BeforeEach
    void createTheGrantAndTheOfficer() {
        period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4");
        removeWhatTheJourneyWrote();
        long partner = DatabaseQueries.number("SELECT id FROM organisation WHERE code = ?", PARTNER);
        DatabaseQueries.update("INSERT INTO app_user (username, password_hash, full_name, email, organisation_id, locale) "
                + "SELECT ?, password_hash, 'Gulnara Journeyeva', NULL, ?, 'ru' FROM app_user WHERE username = 'partner.kg'", OFFICER, partner);
        DatabaseQueries.update("INSERT INTO user_role (user_id, role) SELECT id, 'PARTNER_OFFICER' FROM app_user WHERE username = ?", OFFICER);
        DatabaseQueries.update("INSERT INTO grant_award (reference, partner_id, programme_id, starts_on, ends_on, currency, rate_policy, "
                + "variance_threshold, state, changed_by) VALUES (?, ?, 1, '2026-01-01', '2026-12-31', 'USD', 'MONTHLY', 10.00, 'ACTIVE', 'manager')",
                REFERENCE, partner);
        grant = DatabaseQueries.number("SELECT id FROM grant_award WHERE reference = ?", REFERENCE);
        DatabaseQueries.update("INSERT INTO budget_version (grant_id, number, effective_from, total_amount, currency) "
                + "VALUES (?, 1, '2026-01-01', 1500.00, 'USD')", grant);
        long version = DatabaseQueries.number("SELECT id FROM budget_version WHERE grant_id = ?", grant);
        DatabaseQueries.update("INSERT INTO budget_line (budget_version_id, position, category, description, unit, quantity, unit_cost, amount) "
                + "VALUES (?, 1, 'Staff', 'Lawyer, Naryn', 'month', 1, 1000.00, 1000.00), "
                + "(?, 2, 'Travel', 'Trips to Naryn district', 'trip', 1, 500.00, 500.00)", version, version);
        DatabaseQueries.update("INSERT INTO tranche (grant_id, planned_on, amount, condition_period_id, state) "
                + "VALUES (?, '2026-12-20', 700.00, ?, 'PLANNED')", grant, period);
        tranche = DatabaseQueries.number("SELECT id FROM tranche WHERE grant_id = ?", grant);
    }

    @AfterEach
    void removeWhatTheJourneyWrote() {
        if (financeBrowser != null) {
            financeBrowser.quit();
        }
        DatabaseQueries.rows("SELECT c.stored_name FROM financial_report_receipt c JOIN financial_report r ON r.id = c.financial_report_id "
                + "JOIN grant_award g ON g.id = r.grant_id WHERE g.reference = ?", REFERENCE).forEach(row -> deleteStoredFile(row[0].toString()));
        DatabaseQueries.update("DELETE FROM grant_award WHERE reference = ?", REFERENCE);
        DatabaseQueries.update("DELETE FROM app_user WHERE username = ?", OFFICER);
    }

    @Test
    void anOfficerSubmitsInKgsWithAReceipt_financeReturnsItForAJustification_theOfficerResubmits_approvalReleasesTheTranche()
            throws IOException {
        BigDecimal rate = DatabaseQueries.decimal("SELECT rate FROM exchange_rate WHERE from_currency = 'KGS' AND to_currency = 'USD' "
                + "AND rate_month = '2026-12-01'");
        BigDecimal staffKgs = new BigDecimal("1000").divide(rate, 2, RoundingMode.HALF_UP);
        BigDecimal travelKgs = new BigDecimal("480").divide(rate, 2, RoundingMode.HALF_UP);
        BigDecimal staffUsd = staffKgs.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal travelUsd = travelKgs.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        String report = WebSession.BASE + "financial-report.xhtml?grant=" + grant + "&period=" + period;

        // 1. the officer finds the report under the menu's "financial reports"
        browser.get(WebSession.BASE + "index.xhtml");
        Chromium.signIn(browser, OFFICER, PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("financialReportLink"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mineTitle"), "Мои финансовые отчёты"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='grant=" + grant + "'][href*='period=" + period + "']")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportTitle"), REFERENCE + " · 2026-Q4"));
        assertThat(state(browser)).isEqualTo("Не начат");

        // 2. the quarter's spend in KGS, saved and converted at the month's rate
        browser.findElement(By.id("reportForm:currency")).clear();
        browser.findElement(By.id("reportForm:currency")).sendKeys("KGS");
        browser.findElement(By.id("reportForm:lines:0:amount")).sendKeys(staffKgs.toPlainString());
        browser.findElement(By.id("reportForm:lines:1:amount")).sendKeys(travelKgs.toPlainString().replace('.', ','));
        browser.findElement(By.id("reportForm:lines:0:note")).sendKeys("Lawyer's salary, October to December");
        browser.findElement(By.id("reportForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Сохранено."));
        assertThat(state(browser)).isEqualTo("Черновик");
        assertThat(browser.findElements(By.className("camove-this-quarter"))).extracting(e -> amount(e.getText()))
                .containsExactly(staffUsd, travelUsd);
        assertThat(amount(browser.findElement(By.id("totalThisQuarter")).getText())).isEqualByComparingTo(staffUsd.add(travelUsd));
        assertThat(amount(browser.findElement(By.id("cashPosition")).getText())).as("nothing disbursed yet: received 0 − spent")
                .isEqualByComparingTo(staffUsd.add(travelUsd).negate());
        assertThat(browser.findElement(By.id("ratesUsed")).getText()).contains("KGS/USD 2026-12", rate.stripTrailingZeros().toPlainString());
        assertThat(DatabaseQueries.decimal("SELECT SUM(converted_amount) FROM financial_report_line l JOIN financial_report r "
                + "ON r.id = l.financial_report_id WHERE r.grant_id = ?", grant)).isEqualByComparingTo(staffUsd.add(travelUsd));

        // 3. a receipt: a real PDF, after one attached by mistake and deleted (its stored file with it)
        Path pdf = Chromium.DOWNLOADS.resolveSibling("upload").resolve("Квитанция аренды декабрь.pdf");
        Files.createDirectories(pdf.getParent());
        Path wrong = pdf.resolveSibling("Квитанция ноябрь.pdf");
        Files.write(wrong, PdfText.onePage("Receipt: office rent, Naryn, November 2026"));
        browser.findElement(By.cssSelector("#receiptForm input[type='file']")).sendKeys(wrong.toAbsolutePath().toString());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("camove-receipt-link"))).getText())
                .isEqualTo("Квитанция ноябрь.pdf");
        String wrongFile = DatabaseQueries.rows("SELECT c.stored_name FROM financial_report_receipt c JOIN financial_report r "
                + "ON r.id = c.financial_report_id WHERE r.grant_id = ?", grant).get(0)[0].toString();
        Path wrongStored = Path.of(System.getProperty("camove.test.evidence.dir")).resolve(wrongFile);
        assertThat(wrongStored).exists();
        browser.findElement(By.cssSelector("[id$=':deleteReceipt']")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipts"), "Файлы ещё не приложены."));
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM financial_report_receipt c JOIN financial_report r "
                + "ON r.id = c.financial_report_id WHERE r.grant_id = ?", grant)).isZero();
        assertThat(wrongStored).as("its bytes, once committed").doesNotExist();
        Files.write(pdf, PdfText.onePage("Receipt: office rent, Naryn, December 2026"));
        browser.findElement(By.cssSelector("#receiptForm input[type='file']")).sendKeys(pdf.toAbsolutePath().toString());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("camove-receipt-link"))).getText())
                .isEqualTo("Квитанция аренды декабрь.pdf");

        // 4. submitted
        browser.findElement(By.id("reportForm:submit")).click();
        wait.until(driver -> "Отправлен".equals(state(browser)));
        assertThat(browser.findElements(By.id("reportForm:save"))).as("read-only once submitted").isEmpty();

        // 5. finance finds it in the queue and returns it for a missing justification
        financeBrowser = Chromium.start();
        WebDriverWait financeWait = Chromium.waitFor(financeBrowser);
        financeWait.ignoring(StaleElementReferenceException.class);
        financeBrowser.get(WebSession.BASE + "finance-review.xhtml");
        Chromium.signIn(financeBrowser, "finance", PASSWORD);
        var row = financeWait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[contains(., '" + REFERENCE + "')]")));
        assertThat(row.getText()).contains(PARTNER, "2026-Q4", "USD");
        row.findElement(By.cssSelector("a[href*='grant=" + grant + "']")).click();
        financeWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportTitle"), REFERENCE));
        assertThat(financeBrowser.findElement(By.className("camove-receipt-link")).getText()).isEqualTo("Квитанция аренды декабрь.pdf");
        financeBrowser.findElement(By.id("reviewForm:comment")).sendKeys(RETURN_COMMENT);
        financeBrowser.findElement(By.id("reviewForm:return")).click();
        financeWait.until(driver -> "Returned".equals(state(financeBrowser)));

        // 6. the officer reads the comment, adds the justification and submits again
        browser.get(report);
        wait.until(driver -> "Возвращён".equals(state(browser)));
        assertThat(browser.findElement(By.id("moves")).getText()).contains(RETURN_COMMENT);
        browser.findElement(By.id("reportForm:lines:1:justification")).sendKeys(JUSTIFICATION);
        browser.findElement(By.id("reportForm:submit")).click();
        wait.until(driver -> "Отправлен".equals(state(browser)));
        assertThat(DatabaseQueries.single("SELECT justification FROM financial_report_line l JOIN financial_report r "
                + "ON r.id = l.financial_report_id WHERE r.grant_id = ? AND l.position = 2", grant)).isEqualTo(JUSTIFICATION);

        // 7. finance approves it, and the tranche it conditions is released
        financeBrowser.get(report);
        financeWait.until(ExpectedConditions.elementToBeClickable(By.id("reviewForm:approve"))).click();
        financeWait.until(driver -> "Approved".equals(state(financeBrowser)));
        assertThat(financeBrowser.findElement(By.className("camove-tranche-state")).getText()).isEqualTo("Released");
        assertThat(DatabaseQueries.single("SELECT state FROM tranche WHERE id = ?", tranche)).isEqualTo("RELEASED");
        assertThat(DatabaseQueries.single("SELECT reason FROM tranche_transition WHERE tranche_id = ?", tranche).toString())
                .contains("financial report", REFERENCE, "2026-Q4");
        Chromium.screenshot(financeBrowser, "financial-report-approved");
        browser.get(report);
        wait.until(driver -> "Утверждён".equals(state(browser)));
        assertThat(browser.findElement(By.className("camove-tranche-state")).getText()).isEqualTo("Выпущен");
        assertThat(browser.findElement(By.id("moves")).getText()).contains(RETURN_COMMENT);

        // 8. the receipt downloads for finance; another partner's officer gets neither the page nor the receipt, as if they did not exist
        long receipt = DatabaseQueries.number("SELECT c.id FROM financial_report_receipt c JOIN financial_report r "
                + "ON r.id = c.financial_report_id WHERE r.grant_id = ?", grant);
        var reviewer = new WebSession();
        reviewer.signIn("finance", PASSWORD);
        var download = reviewer.download("receipt/" + receipt);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        var otherPartner = new WebSession();
        otherPartner.signIn("partner.tj", PASSWORD);
        var page = otherPartner.get("financial-report.xhtml?grant=" + grant + "&period=" + period);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(REFERENCE);
        assertThat(otherPartner.download("receipt/" + receipt).statusCode()).isEqualTo(404);
        assertThat(otherPartner.download("receipt/" + (receipt + 1_000_000)).statusCode()).isEqualTo(404);

        // 9. the grant financial PDF (the grant page's link) shows the approved quarter as the report stored it, to the cent
        var document = reviewer.download("grant-financial-report.pdf?grant=" + grant + "&period=" + period + "&lang=en");
        assertThat(document.statusCode()).isEqualTo(200);
        String text = PdfText.text(document.body());
        DecimalFormat money = PdfText.money(Locale.ENGLISH);
        List<Object[]> lines = DatabaseQueries.rows("SELECT l.position, l.converted_amount FROM financial_report_line l "
                + "JOIN financial_report r ON r.id = l.financial_report_id WHERE r.grant_id = ? AND r.state = 'APPROVED' "
                + "ORDER BY l.position", grant);
        assertThat(lines).extracting(line -> new BigDecimal(line[1].toString())).as("converted as the page showed, and stored")
                .usingElementComparator(BigDecimal::compareTo).containsExactly(staffUsd, travelUsd);
        for (Object[] line : lines) {
            assertThat(PdfText.lineOf(text, line[0] + ". ")).contains(money.format(line[1]));
        }
        BigDecimal spent = DatabaseQueries.decimal("SELECT SUM(l.converted_amount) FROM financial_report_line l JOIN financial_report r "
                + "ON r.id = l.financial_report_id WHERE r.grant_id = ? AND r.state = 'APPROVED'", grant);
        BigDecimal received = DatabaseQueries.decimal("SELECT COALESCE(SUM(d.grant_amount), 0) FROM disbursement d "
                + "JOIN tranche t ON t.id = d.tranche_id WHERE t.grant_id = ?", grant);
        assertThat(PdfText.lineOf(text, "Total ")).contains(money.format(spent));
        assertThat(PdfText.lineOf(text, "Received")).contains(money.format(received));
        assertThat(PdfText.lineOf(text, "Spent to date")).contains(money.format(spent));
        assertThat(PdfText.lineOf(text, "Cash position (received")).contains(money.format(received.subtract(spent)));
        BigDecimal storedRate = DatabaseQueries.decimal("SELECT p.rate FROM financial_report_line_part p JOIN financial_report_line l "
                + "ON l.id = p.report_line_id JOIN financial_report r ON r.id = l.financial_report_id WHERE r.grant_id = ? LIMIT 1", grant);
        assertThat(storedRate).isEqualByComparingTo(rate);
        assertThat(text).contains(REFERENCE, "2026-Q4", "KGS", new DecimalFormat("0.00000000", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(storedRate));
        assertThat(PdfText.normalised(text.replace("\n", " "))).contains(JUSTIFICATION.substring(0, 30));
    }

    private static String state(WebDriver driver) {
        return Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("reportState"))).getText();
    }

    /** An amount as the Russian pages show it ("1 000,00 USD"; the minus may be U+2212). */
    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace('\u2212', '-').replaceAll("[^0-9,\\-]", "").replace(',', '.'));
    }

    private static void deleteStoredFile(String storedName) {
        try {
            Files.deleteIfExists(Path.of(System.getProperty("camove.test.evidence.dir")).resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
