package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme manager uses the results dashboard in headless Chromium: filters, chart, drill-down, Russian; and the
 * spend column: an output's approved spend per currency and its indicators' cost per unit, as the database sums them.
 */
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

    @Test
    void theDashboardShowsEachOutputsApprovedSpendPerCurrencyAndTheCostPerPersonReached() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml?programme=CAOTM");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        var period = Pattern.compile("(\\d{4}-Q\\d) – (\\d{4}-Q\\d)").matcher(browser.findElement(By.id("filters:figuresPeriod")).getText());
        assertThat(period.find()).isTrue();
        String[] range = {period.group(1), period.group(2)};

        Map<String, BigDecimal> spend = approvedSpend("1.1", "%", range[0], range[1]);
        assertThat(spend).as("demo V13: USD of KG-02, EUR of TJ-01").containsOnlyKeys("EUR", "USD");
        assertThat(spendOf(browser.findElement(LogframePage.row("1.1"))))
                .containsExactlyElementsOf(spend.entrySet().stream().map(e -> money(e.getValue()) + " " + e.getKey()).toList());
        BigDecimal everyone = reached();
        // each currency's cost per person divides by what the partner who spent it reached, as its own figures show it
        Map<String, BigDecimal> reachedByPayer = new LinkedHashMap<>();
        payers("1.1", range[0], range[1]).forEach((currency, partner) -> {
            browser.get(WebSession.BASE + "logframe.xhtml?programme=CAOTM&partner=" + partner);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:figuresPeriod"), range[1]));
            reachedByPayer.put(currency, reached());
        });
        assertThat(reachedByPayer).containsOnlyKeys(spend.keySet());
        assertThat(reachedByPayer.values()).allSatisfy(own -> assertThat(own).isLessThan(everyone));
        browser.get(WebSession.BASE + "logframe.xhtml?programme=CAOTM");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        assertThat(spendOf(page.indicatorRow("1.1.a"))).as("cost per person reached, per currency").containsExactlyElementsOf(
                spend.entrySet().stream().map(e -> money(e.getValue().divide(reachedByPayer.get(e.getKey()), 2, RoundingMode.HALF_UP))
                        + " " + e.getKey() + " per unit (people)").toList());
        assertThat(spendOf(page.indicatorRow("1.2.b"))).as("a percentage has no cost per unit").isEmpty();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(LogframePage.row("1.1")));
        screenshot("dashboard-cost-per-result");

        page.choose("filters:country", "KG");
        wait.until(driver -> spendOf(driver.findElement(LogframePage.row("1.1"))).size() == 1);
        assertThat(spendOf(browser.findElement(LogframePage.row("1.1"))))
                .containsExactly(money(approvedSpend("1.1", "KG", range[0], range[1]).get("USD")) + " USD");
    }

    private BigDecimal reached() {
        return new BigDecimal(actualOf("1.1.a").replace(",", ""));
    }

    /** Whose grants spent on the result, by currency (the demo has one partner a currency), straight from the database. */
    private static Map<String, String> payers(String resultCode, String from, String to) {
        Map<String, String> payers = new LinkedHashMap<>();
        DatabaseQueries.rows("SELECT DISTINCT l.grant_currency, o.code FROM financial_report_line l "
                + "JOIN financial_report r ON r.id = l.financial_report_id JOIN budget_line b ON b.id = l.budget_line_id "
                + "JOIN result res ON res.id = b.result_id JOIN grant_award g ON g.id = r.grant_id "
                + "JOIN organisation o ON o.id = g.partner_id JOIN reporting_period p ON p.id = r.reporting_period_id "
                + "WHERE r.state = 'APPROVED' AND res.programme_id = 1 AND res.code = ? "
                + "AND CONCAT(p.year, '-Q', p.quarter) BETWEEN ? AND ?", resultCode, from, to)
                .forEach(row -> assertThat(payers.put(row[0].toString(), row[1].toString())).as("one partner a currency").isNull());
        return payers;
    }

    private static List<String> spendOf(WebElement row) {
        return row.findElements(By.cssSelector(".camove-spend-amount")).stream().map(WebElement::getText).toList();
    }

    /** The approved reports' converted spend on lines linked to the result, per currency, straight from the database. */
    private static Map<String, BigDecimal> approvedSpend(String resultCode, String country, String from, String to) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        DatabaseQueries.rows("SELECT l.grant_currency, SUM(l.converted_amount) FROM financial_report_line l "
                + "JOIN financial_report r ON r.id = l.financial_report_id JOIN budget_line b ON b.id = l.budget_line_id "
                + "JOIN result res ON res.id = b.result_id JOIN grant_award g ON g.id = r.grant_id "
                + "JOIN organisation o ON o.id = g.partner_id JOIN reporting_period p ON p.id = r.reporting_period_id "
                + "WHERE r.state = 'APPROVED' AND res.programme_id = 1 AND res.code = ? AND o.country LIKE ? "
                + "AND CONCAT(p.year, '-Q', p.quarter) BETWEEN ? AND ? GROUP BY l.grant_currency ORDER BY l.grant_currency",
                resultCode, country, from, to).forEach(row -> sums.put(row[0].toString(), new BigDecimal(row[1].toString())));
        return sums;
    }

    private static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
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
