package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IPTT downloaded over HTTP from the shipped EAR, its figures checked against sums taken directly from the
 * demo values in the database with SQL, never through the aggregation engine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IpttIT {

    private static final String PASSWORD = "camove-demo";
    /** 1.1.a, legal consultations: people, SUM over time and across partners, broken down by Sex × Age. */
    private static final String CONSULTATIONS = "1.1.a";
    private static final String RANGE = "from=2025-Q1&to=2026-Q2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void theManagersSpreadsheetHasTheDatabasesFiguresAsNumbers() throws IOException {
        var manager = signedIn("manager");

        var download = manager.download("iptt.xlsx?programme=CAOTM&" + RANGE);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("iptt-CAOTM-en.xlsx"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet year2025 = workbook.getSheet("2025");
            Sheet year2026 = workbook.getSheet("2026");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);

            List<BigDecimal> actuals = new ArrayList<>(numbers(rowOf(year2025, CONSULTATIONS)).subList(2, 10));
            actuals.addAll(numbers(rowOf(year2026, CONSULTATIONS)).subList(2, 6));
            List<BigDecimal> expected = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal targetToDate = BigDecimal.ZERO;
            for (String quarter : List.of("2025-1", "2025-2", "2025-3", "2025-4", "2026-1", "2026-2")) {
                int year = Integer.parseInt(quarter.substring(0, 4));
                int q = quarter.charAt(5) - '0';
                BigDecimal target = sql("SELECT target FROM indicator_target WHERE partner_id IS NULL AND year = ? "
                        + "AND quarter = ? AND indicator_id = " + indicatorId(CONSULTATIONS), year, q);
                BigDecimal actual = approvedSum("", year, q);
                expected.add(target);
                expected.add(actual);
                total = total.add(actual);
                targetToDate = targetToDate.add(target);
            }
            assertThat(actuals).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);

            List<BigDecimal> tail = numbers(rowOf(year2026, CONSULTATIONS));
            BigDecimal percent = total.multiply(BigDecimal.valueOf(100)).divide(targetToDate, 1, RoundingMode.HALF_UP);
            assertThat(tail.get(tail.size() - 2)).isEqualByComparingTo(total);
            assertThat(tail.get(tail.size() - 1)).isEqualByComparingTo(percent.movePointLeft(2));
            assertThat(text(rowOf(year2026, CONSULTATIONS))).contains(expectedStatus(percent));

            List<BigDecimal> women = numbers(rowBelow(year2026, CONSULTATIONS, "Sex: Female"));
            assertThat(women.get(women.size() - 1)).isEqualByComparingTo(sql("SELECT SUM(c.value) FROM indicator_value_cell c "
                    + "JOIN indicator_value v ON v.id = c.value_id WHERE v.indicator_id = " + indicatorId(CONSULTATIONS)
                    + " AND v.approval_state = 'APPROVED' AND v.period_index BETWEEN 2025 * 4 AND 2026 * 4 + 1 "
                    + "AND c.option_key LIKE '%SEX=F%'"));
        }
    }

    @Test
    void aCountrysPdfShowsThatCountrysFiguresAndSaysSo() {
        var manager = signedIn("manager");

        var download = manager.download("iptt.pdf?programme=CAOTM&country=KG&" + RANGE);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        List<String> pages = PdfText.pages(download.body());
        assertThat(pages.get(0)).contains("Indicator Performance Tracking Table", "Central Asia on the Move",
                "Figures for Kyrgyzstan, 2025-Q1 to 2026-Q2").doesNotContain("not official");
        NumberFormat english = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String page2025 = pages.stream().filter(p -> p.contains("2025-Q1")).findFirst().orElseThrow();
        String line = page2025.lines().filter(l -> l.startsWith(CONSULTATIONS + " ")).findFirst().orElseThrow() + " ";
        for (int q = 1; q <= 4; q++) {
            assertThat(line).contains(" " + english.format(approvedSum(" AND o.country = 'KG'", 2025, q)) + " ");
        }
        BigDecimal total = rangeSum(" AND o.country = 'KG'");
        assertThat(line).contains(" " + english.format(total) + " ");
        assertThat(pages.get(pages.size() - 1)).contains("Page " + pages.size() + " of " + pages.size());
    }

    @Test
    void pendingValuesAreMarkedNotOfficial() {
        var pdf = signedIn("manager").download("iptt.pdf?programme=CAOTM&pending=true");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfText.pages(pdf.body())).allSatisfy(page -> assertThat(page).contains("Includes pending values — not official"));
    }

    @Test
    void aPartnerOfficerGetsOnlyTheirOwnOrganisationsFiguresInTheirLanguage() throws IOException {
        var officer = signedIn("partner.kg");

        var download = officer.download("iptt.xlsx?programme=CAOTM&" + RANGE);

        assertThat(download.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet year2026 = workbook.getSheet("2026");
            assertThat(text(year2026.getRow(1))).contains("Бишкекский центр поддержки мигрантов (KG-02)");
            BigDecimal own = rangeSum(" AND o.code = 'KG-02'");
            List<BigDecimal> figures = numbers(rowOf(year2026, CONSULTATIONS));
            assertThat(own).isPositive().isLessThan(rangeSum(" AND o.country = 'KG'"));
            assertThat(figures).usingElementComparator(BigDecimal::compareTo).contains(own)
                    .doesNotContain(rangeSum(" AND o.country = 'KG'"), rangeSum(""));
        }

        var someoneElses = officer.download("iptt.pdf?programme=CAOTM&partner=TJ-01");
        assertThat(someoneElses.statusCode()).isEqualTo(400);
        assertThat(new String(someoneElses.body(), StandardCharsets.UTF_8))
                .isEqualTo("Вы можете видеть только показатели своей организации.");
    }

    @Test
    void aBadFilterIsAnsweredWithTheReason() {
        var manager = signedIn("manager");

        var badQuarter = manager.get("iptt.pdf?programme=CAOTM&from=2026-Q9");
        assertThat(badQuarter.statusCode()).isEqualTo(400);
        assertThat(badQuarter.body()).isEqualTo("'2026-Q9' is not a quarter; write it like 2026-Q1.");

        var reversed = manager.get("iptt.xlsx?programme=CAOTM&from=2026-Q2&to=2025-Q1");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("2026-Q2", "2025-Q1");

        assertThat(manager.download("iptt.pdf?programme=NO-SUCH").statusCode()).isEqualTo(404);
    }

    @Test
    void aDonorIsNotGivenTheIptt() {
        var donor = signedIn("donor");

        for (String path : List.of("iptt.pdf?programme=CAOTM", "iptt.xlsx?programme=CAOTM")) {
            var refused = donor.download(path);
            assertThat(refused.statusCode()).as(path).isIn(403, 404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(path).contains("Page not found")
                    .doesNotContain("Central Asia on the Move");
        }
    }

    @Test
    void theLogframePageLinksToTheIpttWithItsParameters() {
        var page = signedIn("manager").get("logframe.xhtml?programme=CAOTM");

        assertThat(page.body()).contains("/camove/iptt.pdf?programme=CAOTM", "/camove/iptt.xlsx?programme=CAOTM");
    }

    // --- independent figures, straight from the database ---

    private static WebSession signedIn(String user) {
        var session = new WebSession();
        session.signIn(user, PASSWORD);
        return session;
    }

    /** Σ approved values of 1.1.a from 2025-Q1 to 2026-Q2 over the partners the condition on {@code o} keeps. */
    private static BigDecimal rangeSum(String partnerCondition) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            sum = sum.add(approvedSum(partnerCondition, 2025, q));
        }
        return sum.add(approvedSum(partnerCondition, 2026, 1)).add(approvedSum(partnerCondition, 2026, 2));
    }

    /** Σ approved values of 1.1.a in one quarter over the partners the condition on {@code o} keeps. */
    private static BigDecimal approvedSum(String partnerCondition, int year, int quarter) {
        BigDecimal sum = sql("SELECT SUM(v.value) FROM indicator_value v JOIN organisation o ON o.id = v.partner_id "
                + "WHERE v.indicator_id = " + indicatorId(CONSULTATIONS) + " AND v.approval_state = 'APPROVED' "
                + "AND v.year = ? AND v.quarter = ?" + partnerCondition, year, quarter);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static long indicatorId(String code) {
        return sql("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id JOIN programme p "
                + "ON p.id = r.programme_id WHERE p.code = 'CAOTM' AND i.code = ?", code).longValueExact();
    }

    private static String expectedStatus(BigDecimal percent) {
        BigDecimal green = sql("SELECT green_threshold FROM programme WHERE code = ?", "CAOTM");
        BigDecimal amber = sql("SELECT amber_threshold FROM programme WHERE code = ?", "CAOTM");
        return percent.compareTo(green) >= 0 ? "On track" : percent.compareTo(amber) >= 0 ? "Needs attention" : "Off track";
    }

    private static BigDecimal sql(String query, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getenv("CAMOVE_DB_URL"), System.getenv("CAMOVE_DB_USER"),
                System.getenv("CAMOVE_DB_PASSWORD"));
             var statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getBigDecimal(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    // --- reading the documents back ---

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("No row " + code + " in sheet " + sheet.getSheetName());
    }

    /** The first line below the indicator's whose label starts so, e.g. a subtotal. */
    private static Row rowBelow(Sheet sheet, String code, String label) {
        for (int i = rowOf(sheet, code).getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && text(row).contains(label)) {
                return row;
            }
        }
        throw new AssertionError("No line " + label + " under " + code);
    }

    /** The numeric cells of a line, left to right: baseline, LOP target, targets and actuals, total, %. */
    private static List<BigDecimal> numbers(Row row) {
        List<BigDecimal> numbers = new ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
        });
        return numbers;
    }

    private static String text(Row row) {
        var formatter = new DataFormatter();
        var text = new StringBuilder();
        row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append(' '));
        return text.toString();
    }
}
