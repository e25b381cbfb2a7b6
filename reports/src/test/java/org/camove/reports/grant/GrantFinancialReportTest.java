package org.camove.reports.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camove.reports.RenderedPdf;
import org.camove.reports.grant.GrantFinancialRow.Cell;
import org.junit.jupiter.api.Test;

class GrantFinancialReportTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static GrantFinancialReportData data(Locale locale) {
        return new GrantFinancialReportData("CAOTM-G-2025-01", "2025-Q4", LocalDate.of(2026, 12, 1), locale, List.of(
                GrantFinancialRow.section("Грант"),
                GrantFinancialRow.field("Партнёр", "KG-02 · Центр поддержки мигрантов, Бишкек"),
                GrantFinancialRow.head("Статья бюджета", List.of("Бюджет", "2025-Q1", "2025-Q2")),
                GrantFinancialRow.row("1. Персонал", List.of(Cell.money(new BigDecimal("30000.00")),
                        Cell.money(new BigDecimal("3741.44")), Cell.money(new BigDecimal("3758.40")))),
                GrantFinancialRow.total("Итого", List.of(Cell.money(new BigDecimal("30000.00")),
                        Cell.money(new BigDecimal("3741.44")), Cell.percent(new BigDecimal("12.5")))),
                GrantFinancialRow.row("2025-Q1 · статья 1", List.of(Cell.text("Транш"), Cell.rate(new BigDecimal("0.01130345")),
                        Cell.money(new BigDecimal("1769371.00")))).widened()));
    }

    @Test
    void theRussianPdfKeepsCyrillicAndPrintsTheFiguresInRussian() throws IOException {
        byte[] pdf = GrantFinancialReport.renderPdf(data(RUSSIAN));
        Files.write(Path.of("target", "grant-financial-ru.pdf"), pdf);

        String text = RenderedPdf.read(pdf).text().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(text).contains("Финансовый отчёт по гранту", "CAOTM-G-2025-01", "Утверждённые финансовые отчёты по 2025-Q4",
                "Центр поддержки мигрантов", "3 741,44", "3 758,40", "12,5%", "0,01130345", "1 769 371,00", "Страница 1 из 1");
    }

    @Test
    void theWorkbookHasNumbersAsNumericCells() throws IOException {
        byte[] xlsx = GrantFinancialReport.renderXlsx(data(Locale.ENGLISH));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Double> numbers = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(c -> {
                    if (c.getCellType() == CellType.NUMERIC) {
                        numbers.add(c.getNumericCellValue());
                    }
                });
            }
            assertThat(numbers).containsExactly(30000.0, 3741.44, 3758.40, 30000.0, 3741.44, 0.125, 0.01130345, 1769371.0);
        }
    }

    @Test
    void aRowRefusesMoreCellsThanThePageHolds() {
        var fifteen = Collections.nCopies(GrantFinancialRow.CELLS + 1, Cell.text("x"));
        assertThatIllegalArgumentException().isThrownBy(() -> GrantFinancialRow.row("too many", fifteen));
        assertThatIllegalArgumentException().isThrownBy(() -> GrantFinancialRow.row("wide", fifteen.subList(0, 8)).widened());
    }
}
