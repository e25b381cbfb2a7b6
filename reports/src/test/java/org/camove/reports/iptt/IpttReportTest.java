package org.camove.reports.iptt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camove.reports.RenderedPdf;
import org.camove.reports.ReportTemplate;
import org.junit.jupiter.api.Test;

class IpttReportTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final LocalDate GENERATED_ON = LocalDate.of(2026, 11, 23);
    private static final String PROGRAMME = "Центральная Азия в движении";
    /** 2025-Q3 to 2026-Q2: two calendar years, so two sections. */
    private static final List<String> QUARTERS = List.of("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static List<IpttFigure> numbers(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : IpttFigure.number(n(v))).toList();
    }

    private static List<IpttRow> rows(boolean russian) {
        return List.of(
                IpttRow.result(0, "G", russian ? "Цель" : "Goal",
                        russian ? "Трудовые мигранты живут благополучнее" : "Labour migrants live better"),
                IpttRow.result(1, "1", russian ? "Результат" : "Outcome",
                        russian ? "Доступ мигрантов к услугам расширен" : "Migrants reach basic services"),
                IpttRow.indicator(2, "1.a", russian ? "Число консультаций" : "Consultations given",
                        russian ? "человек" : "people", IpttFigure.number(n("1200")), IpttFigure.number(n("8000")),
                        numbers("500", "600", "700", "800"), numbers("410", "385", "439", null),
                        IpttFigure.number(n("1234")), n("61.7"), IpttRow.Status.AMBER),
                IpttRow.subtotal(2, russian ? "Женский" : "Female", numbers("200", "190", "250", null),
                        IpttFigure.number(n("640"))),
                IpttRow.subtotal(2, russian ? "Мужской" : "Male", numbers("210", "195", "189", null),
                        IpttFigure.number(n("594"))),
                IpttRow.indicator(2, "1.b", russian ? "Доля зарегистрированных" : "Share registered", "%",
                        IpttFigure.percent(n("40")), IpttFigure.percent(n("60")),
                        List.of(IpttFigure.percent(n("50")), IpttFigure.percent(n("50")), IpttFigure.percent(n("55")),
                                IpttFigure.percent(n("55"))),
                        List.of(IpttFigure.percent(n("52.25")), IpttFigure.percent(n("61")),
                                IpttFigure.percent(n("62.5")), IpttFigure.percent(n("62.5"))),
                        IpttFigure.percent(n("62.5")), n("113.6"), IpttRow.Status.GREEN),
                IpttRow.indicator(1, "1.c", russian ? "Закон принят" : "Law adopted", null,
                        IpttFigure.milestone(BigDecimal.ZERO), IpttFigure.milestone(BigDecimal.ONE),
                        List.of(), Arrays.asList(null, null, IpttFigure.milestone(BigDecimal.ONE), null),
                        IpttFigure.milestone(BigDecimal.ONE), null, IpttRow.Status.NONE),
                IpttRow.indicator(1, "1.d", russian ? "Стадия реформы" : "Reform stage", null, null, null,
                        List.of(), List.of(), IpttFigure.number(n("3")), n("42.0"), IpttRow.Status.RED),
                IpttRow.answer(1, "2026-Q2", (russian ? "Законопроект внесён в парламент. " : "Bill tabled. ")
                        + "x".repeat(400)));
    }

    private static IpttReportData data(Locale locale, boolean pending) {
        boolean russian = locale.equals(RUSSIAN);
        return new IpttReportData(russian ? PROGRAMME : "Central Asia on the Move", GENERATED_ON, locale, QUARTERS,
                russian ? "Кыргызстан" : "Kyrgyzstan", null, pending, rows(russian));
    }

    @Test
    void russianPdfKeepsCyrillicFiguresAndWords() {
        RenderedPdf pdf = RenderedPdf.read(IpttReport.renderPdf(data(RUSSIAN, false)));

        String text = plain(pdf.text());
        assertThat(text).contains(PROGRAMME, "Таблица отслеживания показателей",
                "Данные: Кыргызстан, с 2025-Q3 по 2026-Q2", "Сформировано 23 ноября 2026",
                "Цель: Трудовые мигранты живут благополучнее", "Число консультаций", "Женский", "Мужской",
                "Исходное", "значение", "Итого", "цели", "Факт");
        assertThat(text).contains("1 200", "8 000", "1 234", "61,7%", "62,5%", "52,2%", "113,6%", "Да", "Нет",
                "Требует", "внимания", "По плану", "Отстаёт", "Последний ответ (2026-Q2): Законопроект внесён");
        assertThat(text).doesNotContain("Statement", "Actual", "Включает неутверждённые");
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as("%s embedded", font.name()).isTrue();
            assertThat(font.name()).contains("DejaVuSans");
        });
        assertThat(pdf.title()).isEqualTo(PROGRAMME + " — Таблица отслеживания показателей (IPTT)");
    }

    @Test
    void eachCalendarYearIsASectionOfItsOwnWithItsQuartersInTheirColumns() {
        RenderedPdf pdf = RenderedPdf.read(IpttReport.renderPdf(data(Locale.ENGLISH, false)));

        assertThat(pdf.pageCount()).isEqualTo(2);
        String year2025 = plain(pdf.text(1));
        String year2026 = plain(pdf.text(2));
        assertThat(year2025).contains("2025-Q3", "2025-Q4", "410", "385").doesNotContain("2026-Q1", "439");
        assertThat(year2026).contains("2026-Q1", "2026-Q2", "439", "Consultations given", "Female")
                .doesNotContain("2025-Q3", "410");
        // a quarter sits in the column of its number: 2026-Q1 where 2025-Q1 would be, left of 2025-Q3's place
        assertThat(heading(pdf, 2, "2026-Q1").x()).isLessThan(heading(pdf, 1, "2025-Q3").x());
        assertThat(year2025).contains("Page 1 of 2", "Total to", "On track", "Needs", "attention", "Off track",
                "Yes", "No", "Latest answer (2026-Q2): Bill tabled.");
        assertThat(year2026).contains("Page 2 of 2");
    }

    @Test
    void aLongAnswerIsCutSensibly() {
        String text = plain(RenderedPdf.read(IpttReport.renderPdf(data(Locale.ENGLISH, false))).text());

        assertThat(text).contains("…").doesNotContain("x".repeat(300));
    }

    @Test
    void pendingValuesAreMarkedNotOfficialOnEveryPage() {
        List<IpttRow> many = new ArrayList<>();
        IntStream.rangeClosed(1, 120).forEach(i -> many.add(IpttRow.indicator(1, "I-" + i, "Indicator " + i, "people",
                null, null, numbers("1", "2", "3", "4"), numbers("1", "2", "3", "4"), IpttFigure.number(n("10")),
                n("100.0"), IpttRow.Status.GREEN)));
        RenderedPdf pdf = RenderedPdf.read(IpttReport.renderPdf(new IpttReportData("Central Asia on the Move",
                GENERATED_ON, Locale.ENGLISH, QUARTERS, null, "Bishkek Migrant Support Centre (KG-02)", true, many)));

        assertThat(pdf.pageCount()).isGreaterThan(4);
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(plain(pdf.text(page))).contains("Includes pending values — not official")
                    .contains("Page " + page + " of " + pdf.pageCount()).contains("Target", "Actual");
        }
        assertThat(plain(pdf.text(1))).contains("Figures for Bishkek Migrant Support Centre (KG-02), 2025-Q3 to 2026-Q2");
    }

    @Test
    void threeYearsOfQuartersContinueYearByYear() {
        List<String> quarters = new ArrayList<>();
        for (int year = 2025; year <= 2027; year++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(year + "-Q" + q);
            }
        }
        List<IpttFigure> actuals = IntStream.rangeClosed(1, 12).mapToObj(i -> IpttFigure.number(n("10" + i))).toList();
        RenderedPdf pdf = RenderedPdf.read(IpttReport.renderPdf(new IpttReportData("P", GENERATED_ON, Locale.ENGLISH,
                quarters, null, null, false, List.of(IpttRow.indicator(0, "1.a", "Reached", "people", null, null,
                        List.of(), actuals, IpttFigure.number(n("1212")), null, IpttRow.Status.NONE)))));

        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(plain(pdf.text(1))).contains("the whole programme, 2025-Q1 to 2027-Q4", "101", "104").doesNotContain("105");
        assertThat(plain(pdf.text(3))).contains("2027-Q4", "109", "1,012", "1,212");
    }

    @Test
    void anEmptyLogframeSaysSo() {
        RenderedPdf pdf = RenderedPdf.read(IpttReport.renderPdf(new IpttReportData("P", GENERATED_ON, RUSSIAN,
                QUARTERS, null, null, false, List.of())));

        assertThat(plain(pdf.text())).contains(ReportTemplate.labels(RUSSIAN).getString("iptt.noRows"));
    }

    @Test
    void spreadsheetHasASheetPerYearWithNumericCellsAndFrozenHeadings() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                IpttReport.renderXlsx(data(RUSSIAN, true))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet year2025 = workbook.getSheet("2025");
            Sheet year2026 = workbook.getSheet("2026");
            assertThat(year2025).isNotNull();
            assertThat(year2026).isNotNull();
            assertThat(text(year2025)).contains(PROGRAMME, "Включает неутверждённые значения", "Кыргызстан");

            Row consultations = rowOf(year2025, "1.a");
            List<Cell> numeric = numericCells(consultations);
            // baseline, LOP target, 2025-Q3 and Q4 targets and actuals, total to date, % of target
            assertThat(numeric).extracting(Cell::getNumericCellValue)
                    .containsExactly(1200.0, 8000.0, 500.0, 410.0, 600.0, 385.0, 1234.0, 0.617);
            assertThat(numeric.get(numeric.size() - 1).getCellStyle().getDataFormatString()).contains("%");

            Row share = rowOf(year2026, "1.b");
            assertThat(numericCells(share)).extracting(Cell::getNumericCellValue)
                    .containsExactly(0.4, 0.6, 0.55, 0.625, 0.55, 0.625, 0.625, 1.136);
            assertThat(rowText(rowOf(year2026, "1.c"))).contains("Да", "Нет");
            assertThat(rowText(rowOf(year2026, "1.a"))).contains("Требует внимания");

            for (Sheet sheet : List.of(year2025, year2026)) {
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                int frozenRows = sheet.getPaneInformation().getHorizontalSplitPosition();
                assertThat(text(sheet, frozenRows - 1)).as("the last frozen row holds the column headings")
                        .contains("Цель", "Факт");
                assertThat(rowOf(sheet, "1.a").getRowNum()).isGreaterThanOrEqualTo(frozenRows);
            }
        }
    }

    @Test
    void refusesQuartersItCannotPlace() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IpttReportData("P", GENERATED_ON, Locale.ENGLISH,
                List.of("2026Q1"), null, null, false, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new IpttReportData("P", GENERATED_ON, Locale.ENGLISH,
                List.of(), null, null, false, List.of()));
    }

    /** The word in the column headings (the title above names the range too). */
    private static RenderedPdf.Word heading(RenderedPdf pdf, int page, String text) {
        return pdf.words().stream().filter(w -> w.page() == page && w.text().equals(text))
                .max(java.util.Comparator.comparing(RenderedPdf.Word::y)).orElseThrow();
    }

    /** PDF text with non-breaking spaces (Russian digit grouping) read as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(code)) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row " + code + " in sheet " + sheet.getSheetName());
    }

    private static List<Cell> numericCells(Row row) {
        List<Cell> cells = new ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                cells.add(cell);
            }
        });
        return cells;
    }

    private static String rowText(Row row) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append(' '));
        return text.toString();
    }

    private static String text(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? "" : rowText(row);
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> text.append(rowText(row)).append('\n'));
        return text.toString();
    }
}
