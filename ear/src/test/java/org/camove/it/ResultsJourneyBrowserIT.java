package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camove.indicators.aggregation.Quarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The results framework end to end, as a programme manager in headless Chromium: a new outcome under the demo
 * programme's goal and an output under it, a pooled percentage indicator on the output (English and Russian names,
 * Sex × Age, quarterly and life-of-programme targets), approved values of two partners in two quarters put in the
 * database (there is no data-entry page yet), then its figures on the dashboard, on its results page and in the
 * IPTT PDF in English and in Russian, all computed here from the values put in. What it added is deleted at the end.
 */
class ResultsJourneyBrowserIT extends BrowserTest {

    /** Names unique to this run, so nothing here is mistaken for demo data. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000);
    private static final String OUTCOME = "Returnee families rebuild their livelihoods (" + RUN + ")";
    private static final String OUTCOME_RU = "Семьи вернувшихся мигрантов восстанавливают источники дохода (" + RUN + ")";
    private static final String OUTPUT = "Returnees receive job counselling (" + RUN + ")";
    private static final String OUTPUT_RU = "Вернувшиеся мигранты получают консультации по работе (" + RUN + ")";
    /** Short enough for one line of the IPTT's indicator column, where PDFBox reads it back whole. */
    private static final String NAME = "Returnees employed " + RUN;
    private static final String NAME_RU = "Трудоустроенные " + RUN;
    private static final BigDecimal LIFE_OF_PROGRAMME_TARGET = new BigDecimal("70");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private LogframePage page;
    private Long indicatorId;

    @BeforeEach
    void openPage() {
        page = new LogframePage(browser, wait);
    }

    /** Should the journey stop half-way, the demo manager still reads English and the values do not linger. */
    @AfterEach
    void cleanUp() {
        DatabaseQueries.update("UPDATE app_user SET locale = 'en' WHERE username = 'manager'");
        if (indicatorId != null) {
            DatabaseQueries.update("DELETE FROM indicator_value WHERE indicator_id = ?", indicatorId);
            DatabaseQueries.valuesChanged(indicatorId);
        }
    }

    @Test
    void aManagerBuildsAResultsChainWithAPercentageAndFollowsItToTheDashboardAndTheIptt() throws IOException {
        // the two latest quarters with approved values: values put there leave the programme's "to date" where it was
        Quarter latest = Quarter.ofPeriodIndex((int) DatabaseQueries.number("SELECT MAX(v.period_index) FROM indicator_value v "
                + "JOIN indicator i ON i.id = v.indicator_id JOIN result r ON r.id = i.result_id "
                + "JOIN programme p ON p.id = r.programme_id WHERE p.code = 'CAOTM' AND v.approval_state = 'APPROVED'"));
        Quarter earlier = latest.previous();
        assertThat(earlier.year()).as("both in one year, so in one section of the IPTT").isEqualTo(latest.year());
        Map<Quarter, BigDecimal> targets = Map.of(earlier, new BigDecimal("40"), latest, new BigDecimal("50"),
                latest.next(), new BigDecimal("55"));

        browser.get(WebSession.BASE + "logframe.xhtml?programme=CAOTM");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        List<String> outcomesBefore = page.codesLike("\\d+");

        // 1. an outcome under the goal is coded after the last outcome, its first output <outcome>.1
        String outcome = String.valueOf(Integer.parseInt(outcomesBefore.get(outcomesBefore.size() - 1)) + 1);
        String output = outcome + ".1";
        page.click("G", "camove-edit-add");
        page.type("resultForm:statementEn", OUTCOME);
        page.type("resultForm:statementRu", OUTCOME_RU);
        page.save("resultForm:save", outcome);
        assertThat(page.statementOf(outcome)).isEqualTo(OUTCOME);
        page.click(outcome, "camove-edit-add");
        page.type("resultForm:statementEn", OUTPUT);
        page.type("resultForm:statementRu", OUTPUT_RU);
        page.save("resultForm:save", output);
        assertThat(page.statementOf(output)).isEqualTo(OUTPUT);
        assertThat(page.codesLike("\\d+")).hasSize(outcomesBefore.size() + 1).endsWith(outcome);

        // 2. a percentage on the output: pooled across partners, added up over quarters, Sex × Age, with targets
        browser.findElement(LogframePage.row(output)).findElement(By.xpath(".//a[contains(@id, 'addIndicator')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("indicatorTitle"), "New indicator"));
        String code = browser.findElement(By.id("indicatorForm:code")).getAttribute("value");
        assertThat(code).as("the output's code and the first letter").isEqualTo(output + ".a");
        browser.findElement(By.id("indicatorForm:nameEn")).sendKeys(NAME);
        browser.findElement(By.id("indicatorForm:nameRu")).sendKeys(NAME_RU);
        browser.findElement(By.id("indicatorForm:unitEn")).sendKeys("%");
        browser.findElement(By.id("indicatorForm:unitRu")).sendKeys("%");
        new Select(browser.findElement(By.id("indicatorForm:measureType"))).selectByValue("PERCENTAGE");
        wait.until(driver -> "POOLED".equals(selected("indicatorForm:partnerAggregation")));
        new Select(browser.findElement(By.id("indicatorForm:timeAggregation"))).selectByValue("SUM");
        new Select(browser.findElement(By.cssSelector("select[data-category='SEX']"))).selectByValue("1");
        new Select(browser.findElement(By.cssSelector("select[data-category='AGE']"))).selectByValue("2");
        browser.findElement(By.id("indicatorForm:lifeOfProgrammeTarget")).sendKeys(LIFE_OF_PROGRAMME_TARGET.toPlainString());
        targets.forEach((quarter, target) -> browser.findElement(By.cssSelector(
                "input[data-row='programme'][data-quarter='" + quarter + "']")).sendKeys(target.toPlainString()));
        Chromium.screenshot(browser, "journey-indicator");
        browser.findElement(By.id("indicatorForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The indicator was saved.");
        assertThat(page.indicatorRow(code).getText()).contains(NAME, "%", LIFE_OF_PROGRAMME_TARGET.toPlainString());
        indicatorId = DatabaseQueries.number("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
                + "JOIN programme p ON p.id = r.programme_id WHERE p.code = 'CAOTM' AND i.code = ?", code);

        // 3. what Bishkek and Dushanbe reported, approved: numerator and denominator of each Sex × Age cell
        List<Reported> reported = List.of(
                new Reported("KG-02", earlier, cells(14, 20, 5, 10, 9, 20, 3, 10)),
                new Reported("KG-02", latest, cells(16, 25, 6, 10, 8, 20, 4, 10)),
                new Reported("TJ-01", earlier, cells(7, 15, 2, 5, 5, 15, 1, 5)),
                new Reported("TJ-01", latest, cells(9, 15, 3, 5, 6, 15, 2, 5)));
        reported.forEach(value -> value.insert(indicatorId));
        Predicate<String> all = cell -> true;
        Predicate<String> female = cell -> cell.contains("SEX=F");
        BigDecimal actual = pooled(reported, r -> true, all);
        BigDecimal women = pooled(reported, r -> true, female);
        BigDecimal youngWomen = pooled(reported, r -> true, "AGE=18-35;SEX=F"::equals);
        Map<Quarter, BigDecimal> quarterly = Map.of(earlier, pooled(reported, r -> r.quarter().equals(earlier), all),
                latest, pooled(reported, r -> r.quarter().equals(latest), all));
        Map<Quarter, BigDecimal> womenQuarterly = Map.of(earlier, pooled(reported, r -> r.quarter().equals(earlier), female),
                latest, pooled(reported, r -> r.quarter().equals(latest), female));
        // a rate target holds for the whole range: to date it is the latest quarter's, never a sum of rates
        BigDecimal targetToDate = targets.get(latest);
        BigDecimal percentOfTarget = actual.multiply(BigDecimal.valueOf(100)).divide(targetToDate, 1, RoundingMode.HALF_UP);
        String status = status(percentOfTarget);

        // 4. the dashboard for those two quarters: the indicator's row, then its results page
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        page.choose("filters:from", earlier.toString());
        page.choose("filters:to", latest.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:figuresPeriod"), earlier + " – " + latest));
        WebElement row = page.indicatorRow(code);
        assertThat(percent(row.findElement(By.cssSelector(".camove-actual")).getText())).isEqualByComparingTo(oneDecimal(actual));
        assertThat(percent(row.findElement(By.xpath("./td[.//*[contains(@class, 'camove-actual')]]/following-sibling::td[1]"))
                .getText())).isEqualByComparingTo(percentOfTarget);
        assertThat(row.findElement(By.cssSelector(".camove-status")).getText()).isEqualTo(status);
        screenshotOf(row, "journey-dashboard");

        row.findElement(By.cssSelector("a.camove-results-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toDate")));
        assertThat(browser.getCurrentUrl()).contains("from=" + earlier, "to=" + latest);
        assertThat(browser.findElement(By.id("indicatorName")).getText()).contains(code, NAME);
        assertThat(percent(text("actualToDate"))).isEqualByComparingTo(oneDecimal(actual));
        assertThat(percent(text("targetToDate"))).isEqualByComparingTo(targetToDate);
        assertThat(percent(text("percentOfTarget"))).isEqualByComparingTo(percentOfTarget);
        assertThat(browser.findElement(By.cssSelector("#toDate .camove-status")).getText()).isEqualTo(status);
        for (Quarter quarter : List.of(earlier, latest)) {
            List<String> line = cellsOf(By.xpath("//*[@id='indicatorResults:quarters']//tr[td[1][normalize-space(.)='" + quarter + "']]"));
            assertThat(percent(line.get(1))).as("target " + quarter).isEqualByComparingTo(targets.get(quarter));
            assertThat(percent(line.get(2))).as("actual " + quarter).isEqualByComparingTo(oneDecimal(quarterly.get(quarter)));
        }
        List<String> womenLine = cellsOf(By.xpath("//table[@id='byOption']//tr[td[1]='Sex'][td[2]='Female']"));
        assertThat(percent(womenLine.get(womenLine.size() - 1))).as("women to date").isEqualByComparingTo(oneDecimal(women));
        assertThat(percent(browser.findElement(By.cssSelector("td[data-cell='AGE=18-35;SEX=F']")).getText()))
                .as("women 18–35 to date").isEqualByComparingTo(oneDecimal(youngWomen));
        Chromium.screenshot(browser, "journey-indicator-results");

        // 5. the IPTT the dashboard links to, with the browser's session: English, then Russian
        browser.findElement(By.id("backToLogframe")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName")));
        String english = ipttText("en");
        assertThat(english).contains("Indicator Performance Tracking Table", "Central Asia on the Move", NAME);
        assertThat(lineOf(english, outcome)).contains(OUTCOME);
        assertThat(lineOf(english, output)).contains(OUTPUT);
        // code, name, unit, LOP target, target and actual of each quarter, total to date, % of target, status
        List<BigDecimal> figures = List.of(LIFE_OF_PROGRAMME_TARGET, targets.get(earlier), quarterly.get(earlier),
                targets.get(latest), quarterly.get(latest), actual, percentOfTarget);
        assertThat(lineOf(english, code)).isEqualTo(ipttLine(code, NAME, figures, status, Locale.ENGLISH));
        List<BigDecimal> womenFigures = List.of(womenQuarterly.get(earlier), womenQuarterly.get(latest), women);
        assertThat(lineBelow(english, code, "Sex: Female")).isEqualTo(subtotalLine("Sex: Female", womenFigures, Locale.ENGLISH));

        browser.findElement(By.id("userbar:lang-ru")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:figuresPeriod"), "Данные за"));
        String russian = ipttText("ru");
        assertThat(russian).contains("Таблица отслеживания показателей", OUTCOME_RU, OUTPUT_RU, NAME_RU).doesNotContain(NAME);
        assertThat(lineOf(russian, code)).isEqualTo(ipttLine(code, NAME_RU, figures, statusRu(status), RUSSIAN));
        assertThat(lineBelow(russian, code, "Пол: Женский")).isEqualTo(subtotalLine("Пол: Женский", womenFigures, RUSSIAN));
        assertThat(page.statementOf(outcome)).isEqualTo(OUTCOME_RU);
        assertThat(page.statementOf(output)).isEqualTo(OUTPUT_RU);
        assertThat(page.indicatorRow(code).getText()).contains(NAME_RU, statusRu(status));
        screenshotOf(page.indicatorRow(code), "journey-logframe-ru");
        browser.findElement(By.id("userbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:figuresPeriod"), "Figures for"));

        // 6. leave the demo logframe as it was: the values go as they came, the outcome (and all under it) by the page
        DatabaseQueries.update("DELETE FROM indicator_value WHERE indicator_id = ?", indicatorId);
        DatabaseQueries.valuesChanged(indicatorId);
        page.delete(outcome);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Deleted; the codes are renumbered.");
        assertThat(page.codesLike("\\d+")).isEqualTo(outcomesBefore);
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM indicator WHERE id = ?", indicatorId)).isZero();
    }

    /** One partner's approved value of one quarter, by its Sex × Age cells: {numerator, denominator} each. */
    private record Reported(String partner, Quarter quarter, Map<String, int[]> cells) {

        BigDecimal numerator(Predicate<String> cell) {
            return sum(cell, 0);
        }

        BigDecimal denominator(Predicate<String> cell) {
            return sum(cell, 1);
        }

        private BigDecimal sum(Predicate<String> cell, int part) {
            return BigDecimal.valueOf(cells.entrySet().stream().filter(c -> cell.test(c.getKey())).mapToInt(c -> c.getValue()[part]).sum());
        }

        void insert(long indicator) {
            long partnerId = DatabaseQueries.number("SELECT id FROM organisation WHERE code = ?", partner);
            DatabaseQueries.update("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, "
                    + "numerator, denominator, fully_disaggregated) VALUES (?, ?, ?, ?, 'APPROVED', ?, ?, TRUE)", indicator,
                    partnerId, quarter.year(), quarter.quarter(), numerator(c -> true), denominator(c -> true));
            long valueId = DatabaseQueries.number("SELECT id FROM indicator_value WHERE indicator_id = ? AND partner_id = ? "
                    + "AND year = ? AND quarter = ? AND approval_state = 'APPROVED'", indicator, partnerId, quarter.year(), quarter.quarter());
            cells.forEach((key, cell) -> DatabaseQueries.update("INSERT INTO indicator_value_cell (value_id, option_key, "
                    + "numerator, denominator) VALUES (?, ?, ?, ?)", valueId, key, cell[0], cell[1]));
            DatabaseQueries.valuesChanged(indicator);
        }
    }

    /** Cells in the order women 18–35, women 36–59, men 18–35, men 36–59; each numerator then denominator. */
    private static Map<String, int[]> cells(int... figures) {
        Map<String, int[]> cells = new LinkedHashMap<>();
        String[] keys = {"AGE=18-35;SEX=F", "AGE=36-59;SEX=F", "AGE=18-35;SEX=M", "AGE=36-59;SEX=M"};
        for (int i = 0; i < keys.length; i++) {
            cells.put(keys[i], new int[] {figures[2 * i], figures[2 * i + 1]});
        }
        return cells;
    }

    /** Σ numerators / Σ denominators × 100 over the values and cells chosen: how a percentage pools. */
    private static BigDecimal pooled(List<Reported> reported, Predicate<Reported> values, Predicate<String> cells) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Reported value : reported.stream().filter(values).toList()) {
            numerator = numerator.add(value.numerator(cells));
            denominator = denominator.add(value.denominator(cells));
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64);
    }

    private static BigDecimal oneDecimal(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** The programme's on-track thresholds, read from the database. */
    private static String status(BigDecimal percentOfTarget) {
        BigDecimal green = DatabaseQueries.decimal("SELECT green_threshold FROM programme WHERE code = 'CAOTM'");
        BigDecimal amber = DatabaseQueries.decimal("SELECT amber_threshold FROM programme WHERE code = 'CAOTM'");
        return percentOfTarget.compareTo(green) >= 0 ? "On track" : percentOfTarget.compareTo(amber) >= 0 ? "Needs attention" : "Off track";
    }

    private static String statusRu(String status) {
        return Map.of("On track", "По плану", "Needs attention", "Требует внимания", "Off track", "Отстаёт").get(status);
    }

    /** A percentage as the pages write it, e.g. "48.8 %", as a number. */
    private static BigDecimal percent(String text) {
        return new BigDecimal(text.replace("%", "").strip());
    }

    /** A percentage as the IPTT writes it in the reader's language (its pattern #,##0.0%). */
    private static String pdfPercent(BigDecimal percent, Locale locale) {
        var format = new DecimalFormat("#,##0.0%", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent.movePointLeft(2));
    }

    private static String ipttLine(String code, String name, List<BigDecimal> percents, String status, Locale locale) {
        return String.join(" ", code, name, "%", pdfPercents(percents, locale), status);
    }

    private static String subtotalLine(String label, List<BigDecimal> percents, Locale locale) {
        return label + " " + pdfPercents(percents, locale);
    }

    private static String pdfPercents(List<BigDecimal> percents, Locale locale) {
        return percents.stream().map(p -> pdfPercent(p, locale)).collect(Collectors.joining(" "));
    }

    /** The IPTT PDF behind the page's download link, fetched with the browser's session; its text. */
    private String ipttText(String language) throws IOException {
        String link = browser.findElement(By.cssSelector("a[id='downloadIpttPdf'], [id='downloadIpttPdf'] a")).getAttribute("href");
        assertThat(link).contains("programme=CAOTM", "from=", "to=");
        var download = WebSession.joining(browser.manage().getCookieNamed("JSESSIONID").getValue())
                .download(link.substring(WebSession.BASE.length()));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("iptt-CAOTM-" + language + ".pdf"));
        Files.write(Chromium.DOWNLOADS.resolve("journey-iptt-" + language + ".pdf"), download.body());
        return String.join("\n", PdfText.pages(download.body()));
    }

    private static String lineOf(String text, String start) {
        return text.lines().map(String::strip).filter(line -> line.startsWith(start + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("No line starts with " + start + " in\n" + text));
    }

    /** The first line below the one that starts with {@code start} whose text starts so, e.g. a subtotal. */
    private static String lineBelow(String text, String start, String label) {
        List<String> lines = text.lines().map(String::strip).toList();
        return lines.subList(lines.indexOf(lineOf(text, start)), lines.size()).stream()
                .filter(line -> line.startsWith(label + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("No line " + label + " under " + start + " in\n" + text));
    }

    private void screenshotOf(WebElement element, String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        Chromium.screenshot(browser, name);
    }

    private List<String> cellsOf(By row) {
        return browser.findElement(row).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String selected(String id) {
        return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

}
