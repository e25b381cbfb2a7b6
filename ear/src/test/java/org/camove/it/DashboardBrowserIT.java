package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A programme manager uses the results dashboard in headless Chromium: filters, chart, drill-down, Russian. */
class DashboardBrowserIT extends BrowserTest {

    private LogframePage page;

    @BeforeEach
    void openPage() {
        page = new LogframePage(browser, wait);
    }

    @Test
    void aManagerFiltersByCountryAndRangeOpensAnIndicatorsChartAndBreakdownAndSwitchesToRussian() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml?programme=CAOTM");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        String wholeProgramme = actualOf("1.b");

        page.choose("filters:country", "KG");
        assertThat(new Select(browser.findElement(By.id("filters:partner"))).getOptions())
                .extracting(WebElement::getText).as("partners narrowed to Kyrgyzstan")
                .filteredOn(text -> !text.equals("All partners")).isNotEmpty().allMatch(text -> text.startsWith("KG-"));
        page.choose("filters:from", "2025-Q2");
        page.choose("filters:to", "2026-Q1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:figuresPeriod"), "2025-Q2 – 2026-Q1"));
        assertThat(browser.getCurrentUrl()).as("the filtered view can be bookmarked")
                .contains("country=KG", "from=2025-Q2", "to=2026-Q1");
        assertThat(actualOf("1.b")).isNotEqualTo(wholeProgramme).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("a[id='downloadIpttPdf'], [id='downloadIpttPdf'] a")).getAttribute("href"))
                .as("the IPTT download follows the filters").contains("country=KG", "from=2025-Q2", "to=2026-Q1");
        screenshot("dashboard-filtered");

        page.indicatorRow("1.b").findElement(By.cssSelector("a.camove-results-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicatorResults:chart")));
        assertThat(browser.getCurrentUrl()).contains("country=KG", "from=2025-Q2", "to=2026-Q1");
        assertThat(browser.findElement(By.id("filters:country")).getAttribute("value")).isEqualTo("KG");
        assertThat(chart("return c.data.labels")).isEqualTo(List.of("2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"));
        assertThat(chart("return c.data.datasets.map(d => d.label)")).isEqualTo(List.of("Target", "Actual"));
        assertThat(chart("return c.options.scales.x.title.text")).isEqualTo("Quarter");
        var crossTab = browser.findElement(By.id("indicatorResults:crossTab"));
        assertThat(crossTab.getText()).contains("Sex × Age group", "Female", "Male", "18–35", "60+");
        String toDate = crossTab.findElement(By.cssSelector("td[data-cell='AGE=18-35;SEX=F']")).getText();
        new Select(browser.findElement(By.id("indicatorResults:crossTabPeriod"))).selectByValue("2025-Q3");
        wait.until(driver -> !driver.findElement(By.cssSelector("td[data-cell='AGE=18-35;SEX=F']")).getText().equals(toDate));
        assertThat(browser.findElement(By.id("byOption")).getText()).contains("Sex", "Female", "Age group");
        screenshot("indicator-results-en");

        browser.findElement(By.id("userbar:lang-ru")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicatorResults:crossTab"), "Женский"));
        assertThat(browser.findElement(By.id("indicatorResults:crossTab")).getText()).contains("Пол × Возрастная группа", "Мужской");
        assertThat(chart("return c.data.datasets.map(d => d.label)")).isEqualTo(List.of("Цель", "Факт"));
        assertThat(chart("return c.options.scales.x.title.text")).isEqualTo("Квартал");
        assertThat(chart("return c.options.locale")).isEqualTo("ru");
        assertThat(browser.findElement(By.id("filters")).getText()).contains("Страна", "Все партнёры");
        screenshot("indicator-results-ru");
        browser.findElement(By.id("userbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicatorResults:crossTab"), "Female"));
    }

    private String actualOf(String code) {
        return page.indicatorRow(code).findElement(By.cssSelector(".camove-actual")).getText();
    }

    private Object chart(String script) {
        return ((JavascriptExecutor) browser).executeScript(
                "const c = Chart.getChart(document.getElementById('indicatorResults:chart_canvas')); " + script);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
