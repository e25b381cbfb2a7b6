package org.camove.logframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camove.reports.logframe.LogframeReportRow;
import org.junit.jupiter.api.Test;

class LogframePdfTest {

    private static final LogframeView VIEW = new LogframeView("P", "Программа", List.of(
            new LogframeView.Node(1, 0, 1, "G", "Цель", "Мигранты защищены", null,
                    List.of(new LogframeView.IndicatorLine(10, "G.a", "Число мигрантов", "человек",
                            MeasureType.NUMBER, TimeAggregation.CUMULATIVE, "0", "60 000")),
                    List.of(new LogframeView.Node(2, 0, 2, "1", "Итоговый результат", "Доступ к услугам", null,
                            List.of(), List.of())))));

    @Test
    void eachResultIsFollowedByItsIndicatorsOneLevelDeeper() {
        List<LogframeReportRow> rows = LogframePdf.rows(VIEW, Locale.forLanguageTag("ru"));

        assertThat(rows).extracting(LogframeReportRow::code).containsExactly("G", "G.a", "1");
        assertThat(rows).extracting(LogframeReportRow::depth).containsExactly(0, 1, 1);
        assertThat(rows).extracting(LogframeReportRow::indicator).containsExactly(false, true, false);
        assertThat(rows.get(1).levelName()).isEqualTo("Индикатор");
        assertThat(rows.get(1).target()).isEqualTo("60 000");
    }

    @Test
    void indicatorRowsAreNamedInTheReportsLanguage() {
        assertThat(LogframePdf.rows(VIEW, Locale.ENGLISH).get(1).levelName()).isEqualTo("Indicator");
    }
}
