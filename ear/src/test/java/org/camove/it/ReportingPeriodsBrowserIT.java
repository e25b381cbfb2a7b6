package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo programme's reporting periods in headless Chromium: the manager opens and locks 2027-Q1 (planned in
 * the demo), and cannot reopen it; the administrator is refused reopening it without a reason, then reopens it.
 */
class ReportingPeriodsBrowserIT extends BrowserTest {

    private static final String QUARTER = "2027-Q1";

    @Test
    void aManagerOpensAndLocksAPeriodAndAnAdministratorReopensItOnlyWithAReason() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("editingToolbar:periods"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodsTitle")));
        assertThat(state("2026-Q3")).isEqualTo("Locked");
        assertThat(state("2026-Q4")).isEqualTo("Open");
        assertThat(state(QUARTER)).isEqualTo("Planned");

        row(QUARTER).findElement(By.cssSelector("[id$=':open']")).click();
        wait.until(driver -> "Open".equals(state(QUARTER)));
        row(QUARTER).findElement(By.cssSelector("[id$=':lock']")).click();
        wait.until(driver -> "Locked".equals(state(QUARTER)));
        assertThat(row(QUARTER).findElements(By.cssSelector("[id$=':choose']"))).as("only administrators reopen").isEmpty();
        Chromium.screenshot(browser, "reporting-periods-locked");
        Chromium.signOut(browser);

        browser.get(WebSession.BASE + "reporting-periods.xhtml?programme=CAOTM");
        Chromium.signIn(browser, "admin", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodsTitle")));
        row(QUARTER).findElement(By.cssSelector("[id$=':choose']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodForm:reopen"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodForm"),
                "Give the reason for reopening 2027-Q1: it is kept in the audit trail."));
        assertThat(state(QUARTER)).isEqualTo("Locked");
        Chromium.screenshot(browser, "reporting-periods-reopen-refused");
        browser.findElement(By.id("periodForm:reason")).sendKeys("The Osh partners' figures for the quarter were corrected.");
        browser.findElement(By.id("periodForm:reopen")).click();
        wait.until(driver -> "Open".equals(state(QUARTER)));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved.");
        assertThat(DatabaseQueries.single("SELECT t.reason FROM reporting_period_transition t JOIN reporting_period p "
                + "ON p.id = t.reporting_period_id WHERE p.programme_id = 1 AND p.year = 2027 AND p.quarter = 1 "
                + "AND t.from_state = 'LOCKED' AND t.changed_by = 'admin' ORDER BY t.id DESC LIMIT 1"))
                .isEqualTo("The Osh partners' figures for the quarter were corrected.");
    }

    @Test
    void financeReviewersCannotOpenThePage() {
        var finance = new WebSession();
        finance.signIn("finance", "camove-demo");
        assertThat(finance.get("reporting-periods.xhtml?programme=CAOTM").statusCode()).isIn(403, 404);
    }

    private WebElement row(String quarter) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[contains(@id, 'periods_data')]/tr[.//span[@class='camove-period-quarter' and text()='" + quarter + "']]")));
    }

    private String state(String quarter) {
        return row(quarter).findElement(By.className("camove-period-state")).getText();
    }
}
