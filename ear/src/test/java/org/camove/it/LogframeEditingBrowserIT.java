package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A programme manager maintains the demo logframe in headless Chromium: adds an outcome and an output, edits,
 * moves, is refused deleting a result with reported values, and leaves the logframe as the demo had it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogframeEditingBrowserIT {

    private static final String OUTCOME = "Returnee migrants and their families are reintegrated in their home communities.";
    private static final String OUTPUT = "Returnees receive counselling on jobs and documents.";
    private static final String OUTPUT_EDITED = "Returnees receive counselling on jobs, documents and pensions.";

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start();
        wait = Chromium.waitFor(browser);
        // pages are replaced after each save: an element read a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerAddsEditsMovesAndIsRefusedDeletingWhatPartnersReportedOn() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        List<String> outcomesBefore = codesLike("\\d+");
        String lastOutcome = outcomesBefore.get(outcomesBefore.size() - 1);
        String lastOutcomeStatement = statementOf(lastOutcome);
        String newOutcome = String.valueOf(outcomesBefore.size() + 1);

        // an outcome under the goal: it is coded after the last outcome
        click("G", "camove-edit-add");
        type("resultForm:statementEn", OUTCOME);
        type("resultForm:statementRu", "Вернувшиеся мигранты и их семьи вновь интегрированы в своих общинах.");
        save("resultForm:save", newOutcome);
        assertThat(statementOf(newOutcome)).isEqualTo(OUTCOME);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved.");

        // an output under it; without a statement it is refused beside the field, and what was typed stays
        click(newOutcome, "camove-edit-add");
        type("resultForm:risksEn", "Returnees move on again before support ends.");
        browser.findElement(By.id("resultForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultForm"),
                "Write the statement in English: it is what donors read and audit."));
        assertThat(browser.findElement(By.id("resultForm:risksEn")).getAttribute("value")).isEqualTo("Returnees move on again before support ends.");
        Chromium.screenshot(browser, "logframe-editing-refused");
        type("resultForm:statementEn", OUTPUT);
        save("resultForm:save", newOutcome + ".1");
        assertThat(statementOf(newOutcome + ".1")).isEqualTo(OUTPUT);

        click(newOutcome + ".1", "camove-edit-edit");
        wait.until(ExpectedConditions.attributeToBe(By.id("resultForm:statementEn"), "value", OUTPUT));
        type("resultForm:statementEn", OUTPUT_EDITED);
        save("resultForm:save", newOutcome + ".1");
        assertThat(statementOf(newOutcome + ".1")).isEqualTo(OUTPUT_EDITED);

        // up one place: the new outcome and the demo's last one trade codes, their outputs with them
        click(newOutcome, "camove-edit-up");
        wait.until(driver -> OUTCOME.equals(statementOf(lastOutcome)));
        assertThat(statementOf(lastOutcome + ".1")).isEqualTo(OUTPUT_EDITED);
        assertThat(statementOf(newOutcome)).isEqualTo(lastOutcomeStatement);
        Chromium.screenshot(browser, "logframe-editing-moved");

        // move the output under outcome 1: it comes after outcome 1's outputs
        String underOne = "1." + (codesLike("1\\.\\d+").size() + 1);
        click(lastOutcome + ".1", "camove-edit-move");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:parent")));
        var parents = new Select(browser.findElement(By.id("moveForm:parent")));
        assertThat(parents.getOptions()).extracting(WebElement::getText).noneMatch(label -> label.startsWith(lastOutcome + " "));
        parents.getOptions().stream().filter(o -> o.getText().startsWith("1 — ")).findFirst().orElseThrow().click();
        save("moveForm:move", underOne);
        assertThat(statementOf(underOne)).isEqualTo(OUTPUT_EDITED);

        // outcome 1 has indicators with reported values: refused, with the reason
        click("1", "camove-edit-delete");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteForm:confirmDelete"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deleteForm"), "1 cannot be deleted: partners have reported values"));
        assertThat(browser.findElement(By.id("deleteForm")).getText()).contains("values in all");
        Chromium.screenshot(browser, "logframe-editing-delete-refused");
        browser.navigate().refresh();
        assertThat(codesLike("\\d+")).hasSize(outcomesBefore.size() + 1);

        // delete what this test added: the demo's codes are back
        delete(underOne);
        delete(lastOutcome);
        wait.until(driver -> lastOutcomeStatement.equals(statementOf(lastOutcome)));
        assertThat(codesLike("\\d+")).isEqualTo(outcomesBefore);
    }

    @Test
    void onlyManagersAndAdministratorsGetEditingControls() {
        var finance = new WebSession();
        finance.signIn("finance", "camove-demo");
        var page = finance.get("logframe.xhtml").body();
        assertThat(page).contains("Central Asia on the Move").doesNotContain("camove-edit-add", "editingToolbar", "resultDialog");
        assertThat(finance.get("logframe-settings.xhtml?programme=CAOTM").body()).contains("This page does not exist")
                .doesNotContain("On-track thresholds");

        var manager = new WebSession();
        manager.signIn("manager", "camove-demo");
        assertThat(manager.get("logframe.xhtml").body()).contains("camove-edit-add", "editingToolbar");
        assertThat(manager.get("logframe-settings.xhtml?programme=CAOTM").body()).contains("On-track thresholds", "Activity");
    }

    private void delete(String code) {
        click(code, "camove-edit-delete");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteForm:confirmDelete")));
        save("deleteForm:confirmDelete", null);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Deleted; the codes are renumbered.");
    }

    private By row(String code) {
        return By.xpath("//tr[contains(@class,'camove-result-row')][.//span[contains(@class,'camove-code') and normalize-space(.)='"
                + code + "']]");
    }

    private void click(String code, String control) {
        wait.until(ExpectedConditions.presenceOfElementLocated(row(code)));
        browser.findElement(row(code)).findElement(By.className(control)).click();
        if (!control.equals("camove-edit-up") && !control.equals("camove-edit-down") && !control.equals("camove-edit-delete")
                && !control.equals("camove-edit-move")) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultForm:statementEn")));
        }
    }

    private void type(String id, String text) {
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Saves, waits for the logframe to be shown again and, unless null, to show a result at {@code code}. */
    private void save(String button, String code) {
        var page = browser.findElement(By.id("programmeName"));
        browser.findElement(By.id(button)).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        if (code != null) {
            wait.until(ExpectedConditions.presenceOfElementLocated(row(code)));
        }
    }

    private String statementOf(String code) {
        var rows = browser.findElements(row(code));
        return rows.isEmpty() ? null : rows.get(0).findElement(By.className("camove-statement")).getText();
    }

    private List<String> codesLike(String pattern) {
        return browser.findElements(By.cssSelector("tr.camove-result-row .camove-code")).stream()
                .map(WebElement::getText).map(String::strip).filter(code -> code.matches(pattern)).toList();
    }
}
