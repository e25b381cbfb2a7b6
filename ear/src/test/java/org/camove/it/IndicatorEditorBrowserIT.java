package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme manager defines a percentage indicator under a demo output in headless Chromium: Sex × Age
 * breakdown, a responsible partner, quarterly targets; is refused beside the field when summing it across
 * partners; saves it pooled, finds it on the logframe, reopens it as stored, and deletes it again.
 */
class IndicatorEditorBrowserIT extends BrowserTest {

    /** The demo output "1.1" (legal consultations for internal migrants). */
    private static final String OUTPUT = "1.1";
    private static final Map<String, String> PROGRAMME_TARGETS = Map.of("2025-Q4", "20", "2026-Q4", "35", "2027-Q4", "50");

    @Test
    void aManagerDefinesAPooledPercentageWithACrossTabAndTargets() throws IOException {
        String name = "Share of counselled migrants registered within three months " + System.currentTimeMillis();
        browser.get(WebSession.BASE + "logframe.xhtml");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));

        resultRow(OUTPUT).findElement(By.xpath(".//a[contains(@id, 'addIndicator')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("indicatorTitle"), "New indicator"));
        assertThat(browser.findElement(By.id("resultOfIndicator")).getText()).startsWith(OUTPUT + " ·");

        String code = browser.findElement(By.id("indicatorForm:code")).getAttribute("value");
        assertThat(code).as("the output's code and its next free letter").matches("1\\.1\\.[b-z]");
        browser.findElement(By.id("indicatorForm:nameEn")).sendKeys(name);
        browser.findElement(By.id("indicatorForm:nameRu")).sendKeys("Доля мигрантов, получивших регистрацию");
        browser.findElement(By.id("indicatorForm:unitEn")).sendKeys("%");
        new Select(browser.findElement(By.id("indicatorForm:measureType"))).selectByValue("PERCENTAGE");
        wait.until(driver -> "POOLED".equals(selected(driver, "indicatorForm:partnerAggregation")));
        new Select(browser.findElement(By.id("indicatorForm:timeAggregation"))).selectByValue("LATEST");
        new Select(browser.findElement(By.cssSelector("select[data-category='SEX']"))).selectByValue("1");
        new Select(browser.findElement(By.cssSelector("select[data-category='AGE']"))).selectByValue("2");
        browser.findElement(By.cssSelector("input[name='indicatorForm:responsiblePartners'][value='KG-02']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(target("KG-02", "2026-Q2"))).sendKeys("30");
        PROGRAMME_TARGETS.forEach((quarter, value) -> browser.findElement(target("programme", quarter)).sendKeys(value));

        new Select(browser.findElement(By.id("indicatorForm:partnerAggregation"))).selectByValue("SUM");
        browser.findElement(By.id("indicatorForm:save")).click();
        var besideTheField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='indicatorForm:partnerAggregationMessage']")));
        assertThat(besideTheField.getText()).contains("A percentage is never summed, averaged or maximised across partners");
        assertThat(browser.findElement(By.id("indicatorForm:nameEn")).getAttribute("value"))
                .as("nothing typed is lost").isEqualTo(name);
        assertThat(browser.findElement(target("KG-02", "2026-Q2")).getAttribute("value")).isEqualTo("30");
        Chromium.screenshot(browser, "indicator-refused");

        new Select(browser.findElement(By.id("indicatorForm:partnerAggregation"))).selectByValue("POOLED");
        browser.findElement(By.id("indicatorForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The indicator was saved.");
        WebElement row = indicatorRow(name);
        assertThat(row.getText()).contains(code, "%");
        Chromium.screenshot(browser, "indicator-on-logframe");

        row.findElement(By.xpath(".//a[contains(@id, 'editIndicator')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("indicatorTitle"), "Edit indicator"));
        assertThat(browser.findElement(By.id("indicatorForm:nameEn")).getAttribute("value")).isEqualTo(name);
        assertThat(selected(browser, "indicatorForm:measureType")).isEqualTo("PERCENTAGE");
        assertThat(selected(browser, "indicatorForm:partnerAggregation")).isEqualTo("POOLED");
        assertThat(new Select(browser.findElement(By.cssSelector("select[data-category='SEX']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("1");
        assertThat(new Select(browser.findElement(By.cssSelector("select[data-category='AGE']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("2");
        PROGRAMME_TARGETS.forEach((quarter, value) ->
                assertThat(browser.findElement(target("programme", quarter)).getAttribute("value")).as(quarter).isEqualTo(value));
        assertThat(browser.findElement(target("programme", "2026-Q1")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(target("KG-02", "2026-Q2")).getAttribute("value")).isEqualTo("30");

        browser.findElement(By.id("indicatorForm:delete")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The indicator was deleted.");
        assertThat(browser.findElement(By.id("logframeForm:logframe")).getText()).doesNotContain(name);
    }

    @Test
    void onlyManagersGetTheEditorAndItsLinks() {
        for (String user : List.of("partner.kg", "finance")) {
            var visitor = new WebSession();
            visitor.signIn(user, "camove-demo");
            var editor = visitor.get("indicator-edit.xhtml?id=1");
            assertThat(editor.statusCode()).as(user).isIn(403, 404);
            assertThat(editor.body()).as(user).doesNotContain("indicatorForm");
            assertThat(visitor.get("logframe.xhtml").body()).as(user).contains("logframeForm").doesNotContain("indicator-edit.xhtml");
        }
        var manager = new WebSession();
        manager.signIn("manager", "camove-demo");
        assertThat(manager.get("logframe.xhtml").body()).contains("indicator-edit.xhtml?id=1", "indicator-edit.xhtml?result=1");
        assertThat(manager.get("indicator-edit.xhtml?id=999999").statusCode()).isEqualTo(404);
    }

    private WebElement resultRow(String code) {
        return browser.findElement(By.xpath("//tr[contains(@class, 'camove-result-row')]"
                + "[.//span[contains(@class, 'camove-code') and normalize-space(.) = '" + code + "']]"));
    }

    private WebElement indicatorRow(String name) {
        return browser.findElement(By.xpath("//tr[contains(@class, 'camove-indicator-row')][contains(., '" + name + "')]"));
    }

    private static By target(String row, String quarter) {
        return By.cssSelector("input[data-row='" + row + "'][data-quarter='" + quarter + "']");
    }

    private static String selected(WebDriver driver, String id) {
        return new Select(driver.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }
}
