package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grant financial report downloaded over HTTP from the shipped EAR, its figures checked against sums taken with
 * SQL from the stored financial reports (never through camove's own figures): CAOTM-G-2025-01 (KG-02, USD, FIFO,
 * approved 2025-Q1..Q4) and CAOTM-G-2025-02 (TJ-01, EUR, monthly rates, approved 2025-Q2..2026-Q1).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantFinancialReportIT {

    private static final String PASSWORD = "camove-demo";
    private static final String KG_GRANT = "CAOTM-G-2025-01";
    private static final String TJ_GRANT = "CAOTM-G-2025-02";
    private static final List<String> KG_QUARTERS = List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void theEnglishPdfShowsTheStoredQuartersTotalsRatesAndCash() {
        var download = signedIn("manager").download("grant-financial-report.pdf?grant=" + grantId(KG_GRANT) + "&lang=en");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        String text = PdfText.text(download.body());
        assertThat(text).contains("Grant financial report", KG_GRANT, "Approved financial reports up to 2025-Q4",
                "Budget against actual", "Exchange rates used", "Tranches", "Disbursements received", "Cash position");
        DecimalFormat money = PdfText.money(Locale.ENGLISH);
        String total = text.lines().filter(l -> l.startsWith("Total ")).findFirst().orElseThrow();
        List<String> expected = new ArrayList<>(List.of(money.format(budgetTotal(KG_GRANT, "2025-12-31"))));
        for (String quarter : KG_QUARTERS) {
            expected.add(money.format(quarterSpend(KG_GRANT, quarter)));
        }
        expected.add(money.format(spentTo(KG_GRANT, "2025-Q4")));
        assertThat(total).containsSubsequence(expected);
        for (Object[] line : DatabaseQueries.rows("SELECT l.position, SUM(l.converted_amount) FROM financial_report_line l "
                + "JOIN financial_report r ON r.id = l.financial_report_id WHERE r.state = 'APPROVED' AND r.grant_id = ? "
                + "GROUP BY l.position", grantId(KG_GRANT))) {
            assertThat(text.lines().filter(l -> l.startsWith(line[0] + ". ")).findFirst().orElseThrow())
                    .contains(money.format(line[1]));
        }
        for (Object[] part : storedRates(KG_GRANT)) {
            assertThat(text).contains(new DecimalFormat("0.00000000", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(part[0]));
        }
        assertThat(text).contains("The Naryn trips were moved to the summer");
        BigDecimal received = DatabaseQueries.decimal("SELECT SUM(grant_amount) FROM disbursement d JOIN tranche t ON t.id = d.tranche_id "
                + "WHERE t.grant_id = ? AND d.paid_on <= '2025-12-31'", grantId(KG_GRANT));
        BigDecimal spent = spentTo(KG_GRANT, "2025-Q4");
        assertThat(PdfText.lineOf(text, "Received")).contains(money.format(received));
        assertThat(PdfText.lineOf(text, "Spent to date")).contains(money.format(spent));
        assertThat(PdfText.lineOf(text, "Cash position (received")).contains(money.format(received.subtract(spent)));
    }

    @Test
    void theRussianPdfSpeaksRussianWithTheSameFigures() {
        var download = signedIn("manager").download("grant-financial-report.pdf?grant=" + grantId(KG_GRANT) + "&lang=ru");

        assertThat(download.statusCode()).isEqualTo(200);
        String text = PdfText.text(download.body());
        assertThat(text).contains("Финансовый отчёт по гранту", "Утверждённые финансовые отчёты по 2025-Q4", "Итого",
                "Остаток (получено − израсходовано)");
        DecimalFormat money = PdfText.money(Locale.forLanguageTag("ru"));
        String total = text.lines().filter(l -> l.startsWith("Итого ")).findFirst().orElseThrow();
        List<String> expected = new ArrayList<>();
        for (String quarter : KG_QUARTERS) {
            expected.add(PdfText.normalised(money.format(quarterSpend(KG_GRANT, quarter))));
        }
        assertThat(total).containsSubsequence(expected);
    }

    @Test
    void theWorkbookHasTheSameFiguresAsNumbers() throws IOException {
        var download = signedIn("finance").download("grant-financial-report.xlsx?grant=" + grantId(KG_GRANT) + "&lang=en");

        assertThat(download.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Row total = null;
            for (Row row : workbook.getSheetAt(0)) {
                Cell first = row.getCell(row.getFirstCellNum());
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Total")) {
                    total = row;
                    break;
                }
            }
            assertThat(total).isNotNull();
            List<BigDecimal> numbers = new ArrayList<>();
            total.forEach(c -> {
                if (c.getCellType() == CellType.NUMERIC) {
                    numbers.add(BigDecimal.valueOf(c.getNumericCellValue()));
                }
            });
            List<BigDecimal> expected = new ArrayList<>(List.of(budgetTotal(KG_GRANT, "2025-12-31")));
            KG_QUARTERS.forEach(q -> expected.add(quarterSpend(KG_GRANT, q)));
            expected.add(spentTo(KG_GRANT, "2025-Q4"));
            assertThat(numbers.subList(0, expected.size())).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aRateChangedInTheTableAfterwardsDoesNotChangeTheDocument() {
        long grant = grantId(TJ_GRANT);
        Object[] stored = storedRates(TJ_GRANT).stream().filter(p -> "MONTHLY".equals(p[1])).findFirst().orElseThrow();
        String month = DatabaseQueries.single("SELECT CONCAT(r.year, '-', LPAD(r.quarter * 3, 2, '0'), '-01') FROM financial_report f "
                + "JOIN reporting_period r ON r.id = f.reporting_period_id JOIN financial_report_line l ON l.financial_report_id = f.id "
                + "JOIN financial_report_line_part p ON p.report_line_id = l.id WHERE f.grant_id = ? AND p.rate = ? LIMIT 1",
                grant, stored[0]).toString();
        BigDecimal before = DatabaseQueries.decimal("SELECT rate FROM exchange_rate WHERE from_currency = 'TJS' AND to_currency = 'EUR' "
                + "AND rate_month = ?", month);
        DecimalFormat rate = new DecimalFormat("0.00000000", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        try {
            DatabaseQueries.update("UPDATE exchange_rate SET rate = 0.12345678 WHERE from_currency = 'TJS' AND to_currency = 'EUR' "
                    + "AND rate_month = ?", month);

            String text = PdfText.text(signedIn("partner.tj").download("grant-financial-report.pdf?grant=" + grant + "&lang=en").body());

            assertThat(text).contains(rate.format(stored[0])).doesNotContain("0.12345678");
        } finally {
            DatabaseQueries.update("UPDATE exchange_rate SET rate = ? WHERE from_currency = 'TJS' AND to_currency = 'EUR' "
                    + "AND rate_month = ?", before, month);
        }
    }

    @Test
    void aPartnerOfficerGetsTheirOwnGrantAndNotAnothers() {
        var officer = signedIn("partner.kg");

        assertThat(officer.download("grant-financial-report.pdf?grant=" + grantId(KG_GRANT)).statusCode()).isEqualTo(200);
        var refused = officer.download("grant-financial-report.xlsx?grant=" + grantId(TJ_GRANT));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(new String(refused.body())).doesNotContain(TJ_GRANT);
        assertThat(officer.download("grant-financial-report.pdf?grant=" + grantId(TJ_GRANT)).statusCode()).isEqualTo(404);
    }

    @Test
    void theFinancialReportPageLinksTheDocumentsUpToItsApprovedQuarter() {
        long period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4");

        String page = signedIn("partner.kg").get("financial-report.xhtml?grant=" + grantId(KG_GRANT) + "&period=" + period).body();

        assertThat(page).as("partner.kg reads Russian").contains("Финансовый отчёт по гранту (PDF)", "Финансовый отчёт по гранту (XLSX)",
                "grant-financial-report.pdf?grant=" + grantId(KG_GRANT) + "&amp;period=" + period,
                "grant-financial-report.xlsx?grant=" + grantId(KG_GRANT) + "&amp;period=" + period);
    }

    @Test
    void aSubmittedReportsSpendIsNotInTheDocument() {
        long grant = grantId(KG_GRANT);
        long period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 1");
        DatabaseQueries.update("INSERT INTO financial_report (grant_id, reporting_period_id, currency, state, submitted_by, submitted_at, "
                + "version, changed_by, changed_at) VALUES (?, ?, 'KGS', 'SUBMITTED', 'partner.kg', NOW(), 1, 'partner.kg', NOW())", grant, period);
        try {
            long report = DatabaseQueries.number("SELECT id FROM financial_report WHERE grant_id = ? AND reporting_period_id = ?", grant, period);
            DatabaseQueries.update("INSERT INTO financial_report_line (financial_report_id, budget_line_id, position, amount, currency, "
                    + "converted_amount, grant_currency) SELECT ?, budget_line_id, position, 68808090.00, 'KGS', 777777.77, 'USD' "
                    + "FROM financial_report_line WHERE id = 1", report);
            var finance = signedIn("finance");

            String text = PdfText.text(finance.download("grant-financial-report.pdf?grant=" + grant + "&lang=en").body());

            assertThat(text).contains("up to 2025-Q4").doesNotContain("777,777.77");
            assertThat(PdfText.lineOf(text, "Budget line")).contains("2025-Q4").doesNotContain("2026-Q1");
            var asked = finance.download("grant-financial-report.pdf?grant=" + grant + "&period=" + period + "&lang=ru");
            assertThat(asked.statusCode()).isEqualTo(400);
            assertThat(new String(asked.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("не утверждён");
            var english = finance.download("grant-financial-report.pdf?grant=" + grant + "&period=" + period + "&lang=en");
            assertThat(new String(english.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("is not approved");
        } finally {
            DatabaseQueries.update("DELETE FROM financial_report WHERE grant_id = ? AND reporting_period_id = ?", grant, period);
        }
    }

    // --- independent figures, straight from the database ---

    private static long grantId(String reference) {
        return DatabaseQueries.number("SELECT id FROM grant_award WHERE reference = ?", reference);
    }

    private static BigDecimal budgetTotal(String reference, String asOf) {
        return DatabaseQueries.decimal("SELECT total_amount FROM budget_version WHERE grant_id = ? AND effective_from <= ? "
                + "ORDER BY effective_from DESC, number DESC LIMIT 1", grantId(reference), asOf);
    }

    private static BigDecimal quarterSpend(String reference, String quarter) {
        return DatabaseQueries.decimal("SELECT SUM(l.converted_amount) FROM financial_report_line l JOIN financial_report r "
                + "ON r.id = l.financial_report_id JOIN reporting_period p ON p.id = r.reporting_period_id WHERE r.state = 'APPROVED' "
                + "AND r.grant_id = ? AND p.year = ? AND p.quarter = ?", grantId(reference),
                Integer.parseInt(quarter.substring(0, 4)), quarter.charAt(6) - '0');
    }

    private static BigDecimal spentTo(String reference, String quarter) {
        return DatabaseQueries.decimal("SELECT SUM(l.converted_amount) FROM financial_report_line l JOIN financial_report r "
                + "ON r.id = l.financial_report_id JOIN reporting_period p ON p.id = r.reporting_period_id WHERE r.state = 'APPROVED' "
                + "AND r.grant_id = ? AND p.year * 4 + p.quarter <= ?", grantId(reference),
                Integer.parseInt(quarter.substring(0, 4)) * 4 + (quarter.charAt(6) - '0'));
    }

    /** Each stored conversion part's rate and basis. */
    private static List<Object[]> storedRates(String reference) {
        return DatabaseQueries.rows("SELECT p.rate, p.basis FROM financial_report_line_part p JOIN financial_report_line l "
                + "ON l.id = p.report_line_id JOIN financial_report r ON r.id = l.financial_report_id WHERE r.state = 'APPROVED' "
                + "AND r.grant_id = ?", grantId(reference));
    }

    private static WebSession signedIn(String user) {
        var session = new WebSession();
        session.signIn(user, PASSWORD);
        return session;
    }
}
