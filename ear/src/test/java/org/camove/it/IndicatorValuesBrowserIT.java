package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The indicator values page in headless Chromium. The demo manager enters the open period's values of partner
 * TJ-03 on its behalf (no other test writes them): a Sex x Age cross-tab typed with the keyboard, its total derived
 * before saving, a percentage, Ctrl+S; a reload shows what was saved and the history dialog lists the change. The
 * demo partner.kg (who reads Russian) sees the page in Russian, a malformed number is named beside its input and
 * nothing is saved, a locked period is shown read only, and another partner's sheet is refused. Two sessions saving
 * the same value: the second gets the conflict message, keeps what it typed, and the first value stays. Finance
 * reviewers cannot open the page. Each test removes what it entered.
 */
class IndicatorValuesBrowserIT extends BrowserTest {

    private static final String PARTNER = "TJ-03";
    private static final String CROSS_TAB = "3.1.a";   // NUMBER, Sex x Age
    private static final String SHARE = "3.a";         // PERCENTAGE
    private static final String PEOPLE = "3.b";        // NUMBER, no breakdown

    private long period;
    private long partner;

    @BeforeEach
    @AfterEach
    void removeEnteredValues() {
        period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4");
        partner = DatabaseQueries.number("SELECT id FROM organisation WHERE code = ?", PARTNER);
        // the demo data set has no values for 2026-Q4: TJ-03's there, and its package, were entered here
        DatabaseQueries.update("DELETE FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", partner);
        DatabaseQueries.update("DELETE FROM indicator_value_change WHERE partner_id = ? AND year = 2026 AND quarter = 4", partner);
        DatabaseQueries.update("DELETE FROM report_submission WHERE partner_id = ? AND reporting_period_id = ?", partner, period);
        for (String code : List.of(CROSS_TAB, SHARE, PEOPLE)) {
            DatabaseQueries.valuesChanged(indicator(code));
        }
    }

    @Test
    void aManagerTypesACrossTabAndAPercentageWithTheKeyboardOnThePartnersBehalfAndSeesTheHistory() throws IOException {
        browser.get(sheetUrl());
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("valuesTitle")));
        assertThat(browser.findElement(By.id("onBehalf")).getText()).contains("on behalf of")
                .contains(DatabaseQueries.single("SELECT name_en FROM organisation WHERE code = ?", PARTNER).toString());

        input(CROSS_TAB, ".cell[AGE=0-17;SEX=F]").click();
        new Actions(browser).sendKeys("4", Keys.TAB, "6", Keys.TAB, Keys.TAB, Keys.TAB, "3").perform();
        assertThat(input(CROSS_TAB, ".cell[AGE=0-17;SEX=M]").getDomProperty("value")).as("tab goes along the row, then to the next")
                .isEqualTo("3");
        assertThat(input(CROSS_TAB, "").getDomProperty("value")).as("the total derived as typed").isEqualTo("13");
        assertThat(input(CROSS_TAB, "").getDomProperty("readOnly")).isEqualTo("true");
        ((JavascriptExecutor) browser).executeScript("window.camoveStillHere = true;");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        sleep(800);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.camoveStillHere === true;"))
                .as("Enter does not submit the page (a new page would not know the mark)").isEqualTo(true);

        input(SHARE, ".numerator").sendKeys("45");
        input(SHARE, ".denominator").sendKeys("60");
        assertThat(line(SHARE).findElement(By.className("camove-percent")).getText()).isEqualTo("= 75 %");
        input(SHARE, ".comment").sendKeys("survey of 60 households");
        Chromium.screenshot(browser, "indicator-values-typed");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));

        browser.get(sheetUrl());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("valuesTitle")));
        assertThat(input(CROSS_TAB, "").getDomProperty("value")).isEqualTo("13");
        assertThat(input(CROSS_TAB, ".cell[AGE=18-35;SEX=F]").getDomProperty("value")).isEqualTo("6");
        assertThat(input(SHARE, ".numerator").getDomProperty("value")).isEqualTo("45");
        assertThat(input(SHARE, ".comment").getDomProperty("value")).isEqualTo("survey of 60 households");
        assertThat(line(SHARE).findElement(By.className("camove-percent")).getText()).isEqualTo("= 75 %");
        assertThat(DatabaseQueries.rows("SELECT value, entered_by, entered_on_behalf, fully_disaggregated FROM indicator_value "
                + "WHERE partner_id = ? AND indicator_id = ? AND year = 2026 AND quarter = 4", partner, indicator(CROSS_TAB)))
                .singleElement().satisfies(v -> {
                    assertThat(new BigDecimal(v[0].toString())).isEqualByComparingTo("13");
                    assertThat(v[1]).isEqualTo("manager");
                    assertThat(v[2].toString()).isIn("true", "1");
                    assertThat(v[3].toString()).isIn("true", "1");
                });

        line(SHARE).findElement(By.className("camove-history-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyContent"), "45/60"));
        String history = browser.findElement(By.id("historyContent")).getText();
        assertThat(history).contains("3.a · 2026-Q4").contains("on the partner's behalf").contains("survey of 60 households")
                .contains(DatabaseQueries.single("SELECT full_name FROM app_user WHERE username = 'manager'").toString());
        Chromium.screenshot(browser, "indicator-values-history");

        // marked partially disaggregated, the total is typed; the mark comes back with the sheet
        browser.get(sheetUrl());
        WebElement partial = line(CROSS_TAB).findElement(By.className("camove-partial"));
        assertThat(partial.isSelected()).isFalse();
        partial.click();
        input(CROSS_TAB, "").clear();
        input(CROSS_TAB, "").sendKeys("20");
        browser.findElement(By.id("valuesForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
        assertThat(line(CROSS_TAB).findElement(By.className("camove-partial")).isSelected()).isTrue();
        assertThat(input(CROSS_TAB, "").getDomProperty("value")).isEqualTo("20");
        assertThat(DatabaseQueries.rows("SELECT value, fully_disaggregated FROM indicator_value WHERE partner_id = ? "
                + "AND indicator_id = ? AND year = 2026 AND quarter = 4", partner, indicator(CROSS_TAB))).singleElement()
                .satisfies(v -> {
                    assertThat(new BigDecimal(v[0].toString())).isEqualByComparingTo("20");
                    assertThat(v[1].toString()).isIn("false", "0");
                });
    }

    @Test
    void aPartnerOfficerReadsThePageInRussian_aMalformedNumberIsNamedBesideItsInputAndNothingIsSaved_aLockedPeriodIsReadOnly_andAnotherPartnerIsRefused() {
        long kg02 = DatabaseQueries.number("SELECT id FROM organisation WHERE code = 'KG-02'");
        long before = DatabaseQueries.number("SELECT COUNT(*) FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", kg02);
        browser.get(WebSession.BASE + "indicator-values.xhtml?period=" + period);  // no partner: their own organisation
        Chromium.signIn(browser, "partner.kg", "camove-demo");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("valuesTitle"), "Значения индикаторов"));
        assertThat(browser.findElements(By.id("chooseForm:partner"))).as("a partner officer has only their own organisation").isEmpty();
        assertThat(browser.findElement(By.id("valuesTitle")).getText()).contains("2026-Q4");
        assertThat(browser.findElement(By.id("reportValuesLink")).getText()).isEqualTo("Ввод значений");

        input("1.c", "").sendKeys("12,5,0");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        String beside = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-for='value[1.c]']"))).getText();
        assertThat(beside).startsWith("1.c: «12,5,0» — не число.");
        assertThat(browser.findElement(By.id("messages")).getText()).as("and in the summary at the top").contains(beside);
        assertThat(input("1.c", "").getDomProperty("value")).as("what was typed is kept").isEqualTo("12,5,0");
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", kg02))
                .as("nothing saved").isEqualTo(before);

        long locked = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 3");
        browser.get(WebSession.BASE + "indicator-values.xhtml?period=" + locked + "&partner=" + kg02);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheetState"), "только чтение"));
        assertThat(browser.findElement(By.className("camove-period-state")).getText()).isEqualTo("Закрыт");
        assertThat(browser.findElements(By.cssSelector("#valuesForm input[type=text], #valuesForm textarea")))
                .as("a locked period's sheet has no inputs").isEmpty();
        assertThat(line("1.c").findElement(By.className("camove-current")).getText()).as("its values are shown")
                .isEqualTo(DatabaseQueries.decimal("SELECT value FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 3 "
                        + "AND indicator_id = ? AND approval_state = 'PENDING'", kg02, indicator("1.c")).stripTrailingZeros().toPlainString());

        browser.get(WebSession.BASE + "indicator-values.xhtml?period=" + period + "&partner=" + partner);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "только своей организации"));
        assertThat(browser.findElements(By.id("valuesForm"))).as("nothing of TJ-03 is shown").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(CROSS_TAB + "</td>");
    }

    @Test
    void aSecondSessionSavingTheSameValueAfterTheFirstGetsTheConflictAndKeepsWhatItTyped() throws IOException {
        WebDriver other = Chromium.start();
        try {
            browser.get(sheetUrl());
            Chromium.signIn(browser, "manager", "camove-demo");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("valuesTitle")));
            other.get(sheetUrl());
            Chromium.signIn(other, "admin", "camove-demo");
            Chromium.waitFor(other).until(ExpectedConditions.visibilityOfElementLocated(By.id("valuesTitle")));

            input(other, PEOPLE, "").sendKeys("100");
            other.findElement(By.id("valuesForm:save")).click();
            Chromium.waitFor(other).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));

            input(PEOPLE, "").sendKeys("120");
            browser.findElement(By.id("valuesForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "was changed by"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains(PEOPLE + ", 2026-Q4")
                    .contains(DatabaseQueries.single("SELECT full_name FROM app_user WHERE username = 'admin'").toString());
            assertThat(input(PEOPLE, "").getDomProperty("value")).as("what the second typed is kept").isEqualTo("120");
            Chromium.screenshot(browser, "indicator-values-conflict");
            assertThat(DatabaseQueries.decimal("SELECT value FROM indicator_value WHERE partner_id = ? AND indicator_id = ? "
                    + "AND year = 2026 AND quarter = 4", partner, indicator(PEOPLE))).as("the first value is kept").isEqualByComparingTo("100");
        } finally {
            other.quit();
        }
    }

    @Test
    void financeReviewersCannotOpenThePage() {
        var finance = new WebSession();
        finance.signIn("finance", "camove-demo");
        assertThat(finance.get("indicator-values.xhtml?period=" + period + "&partner=" + partner).statusCode()).isIn(403, 404);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String sheetUrl() {
        return WebSession.BASE + "indicator-values.xhtml?period=" + period + "&partner=" + partner;
    }

    private WebElement line(String code) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody.camove-value[data-code='" + code + "']")));
    }

    private WebElement input(String code, String part) {
        return input(browser, code, part);
    }

    /** The input of the field {@code value[CODE]part} (see ValueRules), e.g. part ".cell[AGE=0-17;SEX=F]". */
    private static WebElement input(WebDriver driver, String code, String part) {
        return Chromium.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-field='value[" + code + "]" + part + "']")));
    }

    private static long indicator(String code) {
        return DatabaseQueries.number("SELECT id FROM indicator WHERE code = ? AND result_id IN (SELECT id FROM result WHERE programme_id = 1)", code);
    }
}
