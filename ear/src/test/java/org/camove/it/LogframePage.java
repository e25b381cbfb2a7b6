package org.camove.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code logframe.xhtml} as the browser tests drive it: result and indicator rows found by their codes, the
 * editing dialogs, the dashboard's filters. The wait should ignore stale elements: saves and filters replace the page.
 */
final class LogframePage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    LogframePage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    static By row(String code) {
        return By.xpath("//tr[contains(@class,'camove-result-row')][.//span[contains(@class,'camove-code') and normalize-space(.)='"
                + code + "']]");
    }

    WebElement indicatorRow(String code) {
        return wait.until(driver -> driver.findElements(By.cssSelector("tr.camove-indicator-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".camove-code")).getText().equals(code))
                .findFirst().orElse(null));
    }

    /** Clicks one of a result's editing controls; the add and edit controls open the result dialog. */
    void click(String code, String control) {
        wait.until(ExpectedConditions.presenceOfElementLocated(row(code)));
        browser.findElement(row(code)).findElement(By.className(control)).click();
        if (control.equals("camove-edit-add") || control.equals("camove-edit-edit")) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultForm:statementEn")));
        }
    }

    void type(String id, String text) {
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Saves, waits for the logframe to be shown again and, unless null, to show a result at {@code code}. */
    void save(String button, String code) {
        var page = browser.findElement(By.id("programmeName"));
        browser.findElement(By.id(button)).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        if (code != null) {
            wait.until(ExpectedConditions.presenceOfElementLocated(row(code)));
        }
    }

    /** Deletes a result (with what is under it) through its dialog. */
    void delete(String code) {
        click(code, "camove-edit-delete");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteForm:confirmDelete")));
        save("deleteForm:confirmDelete", null);
    }

    String statementOf(String code) {
        var rows = browser.findElements(row(code));
        return rows.isEmpty() ? null : rows.get(0).findElement(By.className("camove-statement")).getText();
    }

    List<String> codesLike(String pattern) {
        return browser.findElements(By.cssSelector("tr.camove-result-row .camove-code")).stream()
                .map(WebElement::getText).map(String::strip).filter(code -> code.matches(pattern)).toList();
    }

    /** Picks an option of a dashboard filter and waits until the ajax update has replaced the filters. */
    void choose(String selectId, String value) {
        WebElement select = browser.findElement(By.id(selectId));
        new Select(select).selectByValue(value);
        wait.until(ExpectedConditions.stalenessOf(select));
        wait.until(driver -> value.equals(driver.findElement(By.id(selectId)).getAttribute("value")));
    }
}
