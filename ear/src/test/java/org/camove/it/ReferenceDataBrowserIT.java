package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator keeps reference data in headless Chromium: adds a category of its own and an option to it in
 * English and Russian, is refused beside the field while the Russian name is missing, and keeps what was typed.
 * Other users neither get the page nor its link.
 */
class ReferenceDataBrowserIT extends BrowserTest {

    @Test
    void theAdministratorAddsAnOptionInBothLanguages_andIsRefusedBesideTheFieldWithoutTheRussianName() throws IOException {
        String code = "B" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        browser.get(WebSession.BASE + "logframe.xhtml");
        Chromium.signIn(browser, "admin", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("referenceDataLink"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceDataTitle")));
        assertThat(browser.findElement(By.cssSelector("section[data-category='SEX']")).getText()).contains("Female", "Женский");

        browser.findElement(By.id("categories:addCategory")).click();
        type("categoryForm:code", code);
        type("categoryForm:nameEn", "Disability status");
        type("categoryForm:nameRu", "Статус инвалидности");
        Chromium.screenshot(browser, "reference-data-new-category");
        save("categoryForm:save");
        var category = By.cssSelector("section[data-category='" + code + "']");
        assertThat(browser.findElement(category).getText()).contains("Disability status · Статус инвалидности", "not offered");

        browser.findElement(category).findElement(By.className("camove-add-option")).click();
        type("optionForm:code", "sensory");
        type("optionForm:nameEn", "Sensory (sight, hearing)");
        browser.findElement(By.id("optionForm:save")).click();
        var besideRussianName = By.xpath("//input[@id='optionForm:nameRu']/following-sibling::*[contains(@class,'ui-message')]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(besideRussianName, "Write the name in Russian too"));
        assertThat(browser.findElement(By.id("optionForm:nameEn")).getAttribute("value")).isEqualTo("Sensory (sight, hearing)");
        assertThat(browser.findElement(By.id("optionForm:code")).getAttribute("value")).isEqualTo("sensory");
        Chromium.screenshot(browser, "reference-data-refused");

        type("optionForm:nameRu", "Сенсорная (зрение, слух)");
        save("optionForm:save");
        var option = browser.findElement(category).findElement(By.cssSelector("tr[data-option='SENSORY']"));
        assertThat(option.getText()).contains("Sensory (sight, hearing)", "Сенсорная (зрение, слух)");
        assertThat(browser.findElement(category).getText()).doesNotContain("not offered");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved.");
        Chromium.screenshot(browser, "reference-data-saved");
    }

    @Test
    void onlyAdministratorsGetThePageAndItsLink() {
        var manager = new WebSession();
        manager.signIn("manager", "camove-demo");
        assertThat(manager.get("logframe.xhtml").body()).doesNotContain("referenceDataLink");
        assertThat(manager.get("reference-data.xhtml").body()).contains("This page does not exist")
                .doesNotContain("Disaggregation categories");

        var partner = new WebSession();
        partner.signIn("partner.kg", "camove-demo");
        assertThat(partner.get("reference-data.xhtml").body()).as("answered like a page that does not exist, in Russian")
                .contains("id=\"errorTitle\"", "Страница не найдена").doesNotContain("referenceDataTitle");
    }

    private void type(String id, String text) {
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Saves and waits for the page to be shown again. */
    private void save(String button) {
        var page = browser.findElement(By.id("referenceDataTitle"));
        browser.findElement(By.id(button)).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceDataTitle")));
    }
}
