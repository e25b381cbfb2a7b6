package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme manager maintains the demo logframe in headless Chromium: adds an outcome and an output, edits,
 * moves, is refused deleting a result with reported values, and leaves the logframe as the demo had it.
 */
class LogframeEditingBrowserIT extends BrowserTest {

    private static final String OUTCOME = "Returnee migrants and their families are reintegrated in their home communities.";
    private static final String OUTPUT = "Returnees receive counselling on jobs and documents.";
    private static final String OUTPUT_EDITED = "Returnees receive counselling on jobs, documents and pensions.";

    private LogframePage page;

    @BeforeEach
    void openPage() {
        page = new LogframePage(browser, wait);
    }

    @Test
    void aManagerAddsEditsMovesAndIsRefusedDeletingWhatPartnersReportedOn() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        List<String> outcomesBefore = page.codesLike("\\d+");
        String lastOutcome = outcomesBefore.get(outcomesBefore.size() - 1);
        String lastOutcomeStatement = page.statementOf(lastOutcome);
        String newOutcome = String.valueOf(outcomesBefore.size() + 1);

        // an outcome under the goal: it is coded after the last outcome
        page.click("G", "camove-edit-add");
        page.type("resultForm:statementEn", OUTCOME);
        page.type("resultForm:statementRu", "Вернувшиеся мигранты и их семьи вновь интегрированы в своих общинах.");
        page.save("resultForm:save", newOutcome);
        assertThat(page.statementOf(newOutcome)).isEqualTo(OUTCOME);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved.");

        // an output under it; without a statement it is refused beside the field, and what was typed stays
        page.click(newOutcome, "camove-edit-add");
        page.type("resultForm:risksEn", "Returnees move on again before support ends.");
        browser.findElement(By.id("resultForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultForm"),
                "Write the statement in English: it is what donors read and audit."));
        assertThat(browser.findElement(By.id("resultForm:risksEn")).getAttribute("value")).isEqualTo("Returnees move on again before support ends.");
        Chromium.screenshot(browser, "logframe-editing-refused");
        page.type("resultForm:statementEn", OUTPUT);
        page.save("resultForm:save", newOutcome + ".1");
        assertThat(page.statementOf(newOutcome + ".1")).isEqualTo(OUTPUT);

        page.click(newOutcome + ".1", "camove-edit-edit");
        wait.until(ExpectedConditions.attributeToBe(By.id("resultForm:statementEn"), "value", OUTPUT));
        page.type("resultForm:statementEn", OUTPUT_EDITED);
        page.save("resultForm:save", newOutcome + ".1");
        assertThat(page.statementOf(newOutcome + ".1")).isEqualTo(OUTPUT_EDITED);

        // up one place: the new outcome and the demo's last one trade codes, their outputs with them
        page.click(newOutcome, "camove-edit-up");
        wait.until(driver -> OUTCOME.equals(page.statementOf(lastOutcome)));
        assertThat(page.statementOf(lastOutcome + ".1")).isEqualTo(OUTPUT_EDITED);
        assertThat(page.statementOf(newOutcome)).isEqualTo(lastOutcomeStatement);
        Chromium.screenshot(browser, "logframe-editing-moved");

        // move the output under outcome 1: it comes after outcome 1's outputs
        String underOne = "1." + (page.codesLike("1\\.\\d+").size() + 1);
        page.click(lastOutcome + ".1", "camove-edit-move");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:parent")));
        var parents = new Select(browser.findElement(By.id("moveForm:parent")));
        assertThat(parents.getOptions()).extracting(WebElement::getText).noneMatch(label -> label.startsWith(lastOutcome + " "));
        parents.getOptions().stream().filter(o -> o.getText().startsWith("1 — ")).findFirst().orElseThrow().click();
        page.save("moveForm:move", underOne);
        assertThat(page.statementOf(underOne)).isEqualTo(OUTPUT_EDITED);

        // outcome 1 has indicators with reported values: refused, with the reason
        page.click("1", "camove-edit-delete");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteForm:confirmDelete"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deleteForm"), "1 cannot be deleted: partners have reported values"));
        assertThat(browser.findElement(By.id("deleteForm")).getText()).contains("values in all");
        Chromium.screenshot(browser, "logframe-editing-delete-refused");
        browser.navigate().refresh();
        assertThat(page.codesLike("\\d+")).hasSize(outcomesBefore.size() + 1);

        // delete what this test added: the demo's codes are back
        delete(underOne);
        delete(lastOutcome);
        wait.until(driver -> lastOutcomeStatement.equals(page.statementOf(lastOutcome)));
        assertThat(page.codesLike("\\d+")).isEqualTo(outcomesBefore);
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
        page.delete(code);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Deleted; the codes are renumbered.");
    }
}
