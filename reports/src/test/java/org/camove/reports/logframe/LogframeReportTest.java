package org.camove.reports.logframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camove.reports.RenderedPdf;
import org.junit.jupiter.api.Test;

class LogframeReportTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final LocalDate GENERATED_ON = LocalDate.of(2026, 11, 23);
    private static final String PROGRAMME = "Центральная Азия в движении";
    private static final String OUTCOME = "Доступ мигрантов к базовым услугам расширен";

    private static final List<String> COLUMN_KEYS = List.of("logframe.column.code", "logframe.column.level",
            "logframe.column.statement", "logframe.column.unit", "logframe.column.baseline", "logframe.column.target");

    private static List<LogframeReportRow> russianRows() {
        return List.of(
                new LogframeReportRow(0, "G", "Цель",
                        "Трудовые мигранты и их семьи в Центральной Азии живут благополучнее", false, null, null, null),
                new LogframeReportRow(1, "1", "Результат", OUTCOME, false, null, null, null),
                new LogframeReportRow(2, "1.a", "Индикатор",
                        "Число мигрантов, получивших консультации в ресурсных центрах", true, "человек", "1 200",
                        "8 000"),
                new LogframeReportRow(2, "1.1", "Продукт", "Ресурсные центры открыты в пяти областных центрах", false,
                        null, null, null),
                new LogframeReportRow(3, "1.1.a", "Индикатор", "Число действующих ресурсных центров", true, "центров",
                        "0", "5"));
    }

    private static byte[] render(String programme, Locale locale, List<LogframeReportRow> rows) {
        return LogframeReport.renderPdf(new LogframeReportData(programme, GENERATED_ON, locale, rows));
    }

    @Test
    void russianReportKeepsCyrillicStatementsCodesAndRussianLabels() {
        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN, russianRows()));

        ResourceBundle russian = LogframeReport.labels(RUSSIAN);
        String text = pdf.text();
        assertThat(text).contains(PROGRAMME, OUTCOME, "Число действующих ресурсных центров", "человек", "8 000");
        assertThat(text).contains("G", "1.a", "1.1", "1.1.a");
        assertThat(text).contains(COLUMN_KEYS.stream().map(russian::getString).toList());
        // Spelled out too: if the bundle were misread (as ISO-8859-1, say) the line above would compare mojibake
        // with mojibake and pass.
        assertThat(text).contains("Формулировка", "Логическая рамка", "Сформировано 23 ноября 2026",
                "Страница 1 из 1");
        assertThat(text).doesNotContain("Statement", "Page 1 of 1");
    }

    @Test
    void englishReportHasEnglishLabels() {
        RenderedPdf pdf = RenderedPdf.read(render("Central Asia on the Move", Locale.ENGLISH, List.of(
                new LogframeReportRow(0, "1", "Outcome", "Migrants have wider access to basic services", false, null,
                        null, null))));

        assertThat(pdf.text()).contains("Logical framework", "Central Asia on the Move",
                "Generated on November 23, 2026", "Code", "Level", "Statement", "Unit", "Baseline", "Target",
                "Migrants have wider access to basic services", "Page 1 of 1");
        assertThat(pdf.text()).doesNotContain("Формулировка");
    }

    @Test
    void englishReportStaysEnglishOnAServerWhoseDefaultLocaleIsRussian() {
        Locale serverDefault = Locale.getDefault();
        Locale.setDefault(RUSSIAN);
        try {
            RenderedPdf pdf = RenderedPdf.read(render("Central Asia on the Move", Locale.ENGLISH, List.of()));

            assertThat(pdf.text()).contains("Statement", "Page 1 of 1").doesNotContain("Формулировка");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void everyFontIsEmbeddedDejaVu() {
        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN, russianRows()));

        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allSatisfy(font -> {
            assertThat(font.embedded()).as("%s embedded", font.name()).isTrue();
            assertThat(font.name()).contains("DejaVuSans");
        });
    }

    @Test
    void pdfTitleNamesProgrammeAndReport() {
        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN, russianRows()));

        assertThat(pdf.title()).isEqualTo(PROGRAMME + " — Логическая рамка");
    }

    @Test
    void indicatorRowsAreItalicAndStatementsAreIndentedByDepth() {
        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN, russianRows()));

        RenderedPdf.Word goal = pdf.word("Трудовые");
        RenderedPdf.Word outcome = pdf.word("Доступ");
        RenderedPdf.Word indicator = pdf.word("Число");
        RenderedPdf.Word output = pdf.word("Ресурсные");

        assertThat(indicator.fontName()).contains("Oblique");
        assertThat(List.of(goal, outcome, output)).allSatisfy(
                result -> assertThat(result.fontName()).doesNotContain("Oblique"));
        assertThat(goal.fontName()).as("the goal stands out").contains("Bold");
        assertThat(outcome.x()).isGreaterThan(goal.x());
        assertThat(output.x()).isGreaterThan(outcome.x());
        assertThat(indicator.x()).as("an indicator at depth 2 lines up with the output at depth 2")
                .isEqualTo(output.x());
    }

    @Test
    void longStatementWrapsInsideItsColumnInsteadOfBeingCut() {
        String statement = "Начало " + "очень длинной формулировки результата, ".repeat(12) + "Конец";

        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN,
                List.of(new LogframeReportRow(1, "2", "Результат", statement, false, null, null, null),
                        new LogframeReportRow(1, "3", "Результат", "Следующая строка", false, null, null, null))));

        RenderedPdf.Word first = pdf.word("Начало");
        RenderedPdf.Word last = pdf.word("Конец");
        RenderedPdf.Word nextRow = pdf.word("Следующая");
        assertThat(last.y()).as("the end of the statement is on a later line").isGreaterThan(first.y() + 30);
        assertThat(nextRow.y()).as("the next row starts below the wrapped statement").isGreaterThan(last.y());
        assertThat(pdf.words().stream().filter(word -> word.text().equals("длинной"))).hasSize(12);
    }

    @Test
    void manyRowsSpanSeveralPagesNumberedPageXOfY() {
        List<LogframeReportRow> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(new LogframeReportRow(1 + i % 3, "R-" + i, "Output", "Statement number " + i, i % 4 == 0, null,
                    null, null));
        }

        RenderedPdf pdf = RenderedPdf.read(render("Central Asia on the Move", Locale.ENGLISH, rows));

        int pages = pdf.pageCount();
        assertThat(pages).isGreaterThan(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.text(page)).contains("Page " + page + " of " + pages).contains("Statement");
        }
        assertThat(pdf.text()).contains(IntStream.rangeClosed(1, 300).mapToObj(i -> "R-" + i + " ").toList());
    }

    @Test
    void emptyLogframeStillPrintsHeadingAndSaysItIsEmpty() {
        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN, List.of()));

        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.text()).contains(PROGRAMME, "Формулировка",
                LogframeReport.labels(RUSSIAN).getString("logframe.noRows"), "Страница 1 из 1");
    }

    @Test
    void noticeOfEmptyLogframeIsNotPrintedWhenThereAreRows() {
        RenderedPdf pdf = RenderedPdf.read(render(PROGRAMME, RUSSIAN, russianRows()));

        assertThat(pdf.text()).doesNotContain(LogframeReport.labels(RUSSIAN).getString("logframe.noRows"));
    }

    @Test
    void rendersConcurrentlyWithoutMixingReports() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String programme = "Programme " + i;
                Locale locale = i % 2 == 0 ? Locale.ENGLISH : RUSSIAN;
                results.add(pool.submit(() -> render(programme, locale, russianRows())));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = RenderedPdf.read(results.get(i).get()).text();
                assertThat(text).contains("Programme " + i, OUTCOME)
                        .contains(i % 2 == 0 ? "Statement" : "Формулировка");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesIncompleteData() {
        assertThatNullPointerException().isThrownBy(() -> LogframeReport.renderPdf(null));
        assertThatNullPointerException()
                .isThrownBy(() -> new LogframeReportData(PROGRAMME, GENERATED_ON, null, List.of()));
        assertThatNullPointerException()
                .isThrownBy(() -> new LogframeReportRow(0, "G", "Цель", null, false, null, null, null));
    }
}
