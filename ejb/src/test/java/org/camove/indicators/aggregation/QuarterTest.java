package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void readsAndWritesTheReportsNotation() {
        assertThat(Quarter.parse("2026-Q3")).isEqualTo(Quarter.of(2026, 3));
        assertThat(Quarter.parse(" 2026-q3 ")).isEqualTo(Quarter.of(2026, 3));
        assertThat(Quarter.of(2026, 3)).hasToString("2026-Q3");
    }

    @Test
    void refusesWhatIsNotAQuarter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2026-Q5"));
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2026/3"));
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.of(2026, 0));
    }

    @Test
    void stepsAcrossYearEnds() {
        assertThat(Quarter.of(2025, 4).next()).isEqualTo(Quarter.of(2026, 1));
        assertThat(Quarter.of(2026, 1).previous()).isEqualTo(Quarter.of(2025, 4));
    }

    @Test
    void ordersChronologically() {
        assertThat(Quarter.of(2025, 4)).isLessThan(Quarter.of(2026, 1));
        assertThat(Quarter.of(2026, 2).isAfter(Quarter.of(2026, 1))).isTrue();
    }

    @Test
    void knowsItsDays() {
        assertThat(Quarter.containing(LocalDate.of(2026, 8, 15))).isEqualTo(Quarter.of(2026, 3));
        assertThat(Quarter.of(2026, 3).firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Quarter.of(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aRangeListsItsQuartersAndRefusesToRunBackwards() {
        assertThat(PeriodRange.parse("2025-Q3", "2026-Q2").quarters()).extracting(Quarter::toString)
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(PeriodRange.parse("2025-Q3", "2026-Q2").contains(Quarter.parse("2026-Q3"))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodRange.parse("2026-Q2", "2026-Q1"));
    }

    @Test
    void anOptionCombinationIgnoresTheOrderItWasWrittenIn() {
        assertThat(OptionCombination.of("SEX", "F", "AGE", "18-35")).isEqualTo(OptionCombination.of("AGE", "18-35", "SEX", "F"));
        assertThatIllegalArgumentException().isThrownBy(() -> OptionCombination.of("SEX", "F", "SEX", "M"));
    }

    @Test
    void periodIndexNumbersQuartersConsecutivelyAndReadsBack() {
        assertThat(Quarter.parse("2026-Q1").periodIndex()).isEqualTo(2026 * 4);
        assertThat(Quarter.parse("2025-Q4").periodIndex() + 1).isEqualTo(Quarter.parse("2026-Q1").periodIndex());
        for (String written : new String[] {"2025-Q1", "2025-Q4", "2026-Q3"}) {
            Quarter quarter = Quarter.parse(written);
            assertThat(Quarter.ofPeriodIndex(quarter.periodIndex())).isEqualTo(quarter);
        }
    }
}
