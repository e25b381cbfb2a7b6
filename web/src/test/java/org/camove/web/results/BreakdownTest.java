package org.camove.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.web.results.Results.BISHKEK;
import static org.camove.web.results.Results.ENGLISH;
import static org.camove.web.results.Results.OSH;
import static org.camove.web.results.Results.computed;
import static org.camove.web.results.Results.sexByAge;
import static org.camove.web.results.Results.value;

import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    private final Breakdown breakdown = new Breakdown(sexByAge(TimeAggregation.SUM), computed(TimeAggregation.SUM,
            value(BISHKEK, "2026-Q1", 10, 20, 30, 40),
            value(BISHKEK, "2026-Q2", 1, 2, 3, 4),
            value(OSH, "2026-Q2", 100, 200, 300, 400)), ENGLISH::actual);

    @Test
    void optionLinesGiveEachOptionsSubtotalByQuarterAndToDateInCategoryOrder() {
        assertThat(breakdown.getQuarters()).containsExactly("2026-Q1", "2026-Q2");
        assertThat(breakdown.getOptionLines()).extracting(Breakdown.OptionLine::option)
                .containsExactly("Female", "Male", "0–17", "18–35");
        var women = breakdown.getOptionLines().get(0);
        assertThat(women.category()).isEqualTo("Sex");
        assertThat(women.byQuarter()).containsExactly("30", "303");
        assertThat(women.toDate()).isEqualTo("333");
        assertThat(breakdown.getOptionLines().get(3).toDate()).as("18–35 to date: 20+40+2+4+200+400").isEqualTo("666");
    }

    @Test
    void theCrossTabHasCellsAndMarginsForTheTotalToDateAndEachQuarter() {
        assertThat(breakdown.hasCrossTab()).isTrue();
        assertThat(breakdown.getRowsTitle()).isEqualTo("Sex");
        assertThat(breakdown.getColumns().name()).isEqualTo("Age group");
        assertThat(breakdown.getRows()).extracting(Breakdown.CrossTabRow::label).containsExactly("Female", "Male");
        var women = breakdown.getRows().get(0);
        assertThat(women.keyWith("AGE", "18-35")).isEqualTo("AGE=18-35;SEX=F");

        assertThat(breakdown.figure(Breakdown.TO_DATE, women, "18-35")).isEqualTo("222");
        assertThat(breakdown.figure("2026-Q1", women, "18-35")).isEqualTo("20");
        assertThat(breakdown.figure("2026-Q2", women, null)).as("row margin").isEqualTo("303");
        assertThat(breakdown.figure(Breakdown.TO_DATE, null, "0-17")).as("column margin: 10+30+1+3+100+300").isEqualTo("444");
        assertThat(breakdown.figure(Breakdown.TO_DATE, null, null)).isEqualTo("1,110");
        assertThat(breakdown.figure("2026-Q2", null, null)).isEqualTo("1,010");
    }

    @Test
    void aCumulativeIndicatorsCellsToDateAreTheLatestRunningTotalsNotSums() {
        var cumulative = new Breakdown(sexByAge(TimeAggregation.CUMULATIVE), computed(TimeAggregation.CUMULATIVE,
                value(BISHKEK, "2026-Q1", 10, 20, 30, 40),
                value(BISHKEK, "2026-Q2", 15, 25, 35, 45)), ENGLISH::actual);
        var women = cumulative.getRows().get(0);
        assertThat(cumulative.figure(Breakdown.TO_DATE, women, "0-17")).isEqualTo("15");
        assertThat(cumulative.figure(Breakdown.TO_DATE, women, null)).isEqualTo("40");
    }
}
