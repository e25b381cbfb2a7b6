package org.camove.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** The checks a package passes before it is submitted, without a container. */
class SubmissionChecksTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final SubmissionChecks CHECKS = new SubmissionChecks(50);
    private static final Set<String> BY_SEX = Set.of("SEX=F", "SEX=M");

    @Test
    void aPackageWhoseValuesAreAllThereAndSteadyPasses() {
        assertThat(CHECKS.problems(List.of(
                item("1.a", TimeAggregation.SUM, number("100", null), number("120", null)),
                item("1.b", TimeAggregation.CUMULATIVE, number("110", null), number("100", null)),
                new SubmissionChecks.Item("1.c", MeasureType.PERCENTAGE, TimeAggregation.LATEST, Set.of(),
                        ratio("40", "100", null), ratio("45", "100", null)),
                new SubmissionChecks.Item("1.d", MeasureType.YES_NO, TimeAggregation.LATEST, Set.of(),
                        number("1", null), number("0", null)),
                new SubmissionChecks.Item("2.a", MeasureType.QUALITATIVE, TimeAggregation.LATEST, Set.of(),
                        text("done"), null)))).isEmpty();
    }

    @Test
    void everyAssignedIndicatorNeedsAValue_qualitativeOnesToo() {
        var problems = CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, null, number("10", null)),
                new SubmissionChecks.Item("2.a", MeasureType.QUALITATIVE, TimeAggregation.LATEST, Set.of(), null, null)));
        assertThat(problems).extracting(Violation::field).containsExactly("value[1.a]", "value[2.a]");
        assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("1.a: no value has been entered. Enter one before you submit.");
        assertThat(problems.get(1).message(RU)).isEqualTo("2.a: значение не введено. Введите его перед отправкой.");
    }

    @Test
    void aFullyDisaggregatedValueMustStillAddUp_aPartialOneNeedNot() {
        var cells = Map.of("SEX=F", Figure.number(new BigDecimal("30")), "SEX=M", Figure.number(new BigDecimal("20")));
        var fully = new ValueRules.Reading(Figure.number(new BigDecimal("60")), null, null, true, cells, null);
        var partial = new ValueRules.Reading(Figure.number(new BigDecimal("60")), null, null, false, cells, null);
        assertThat(CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, fully, null))))
                .singleElement().extracting(Violation::key).isEqualTo("entry.cells.notAddingUp");
        assertThat(CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, partial, null)))).isEmpty();
    }

    @Test
    void aCumulativeValueBelowLastPeriodsNeedsAnExplanation() {
        var problems = CHECKS.problems(List.of(item("1.b", TimeAggregation.CUMULATIVE, number("90", null), number("100", null))));
        assertThat(problems).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("value[1.b].comment");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("1.b adds up over time, but its value 90 is lower than last period's 100. "
                    + "Correct it, or explain why in the value's comment.");
        });
        assertThat(CHECKS.problems(List.of(item("1.b", TimeAggregation.CUMULATIVE, number("90", "two cases were counted twice"),
                number("100", null))))).isEmpty();
        assertThat(CHECKS.problems(List.of(item("1.b", TimeAggregation.SUM, number("90", null), number("100", null)))))
                .as("a sum may go down").isEmpty();
    }

    @Test
    void aValueFarFromLastPeriodsNeedsACommentBeyondTheThreshold() {
        assertThat(CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, number("150", null), number("100", null)))))
                .as("exactly 50% is within").isEmpty();
        var problems = CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, number("151", null), number("100", null)),
                item("1.e", TimeAggregation.SUM, number("49", null), number("100", null)),
                item("1.f", TimeAggregation.SUM, number("5", null), number("0", null))));
        assertThat(problems).extracting(Violation::field).containsExactly("value[1.a].comment", "value[1.e].comment", "value[1.f].comment");
        assertThat(problems.get(0).message(Locale.ENGLISH))
                .isEqualTo("1.a changed from 100 last period to 151, more than 50%. Explain the change in the value's comment.");
        assertThat(problems.get(0).message(RU))
                .isEqualTo("1.a изменился с 100 в прошлом периоде до 151, более чем на 50%. Объясните изменение в комментарии к значению.");
        assertThat(CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, number("151", "a new office opened"), number("100", null)))))
                .isEmpty();
        assertThat(new SubmissionChecks(60).problems(List.of(item("1.a", TimeAggregation.SUM, number("151", null), number("100", null)))))
                .as("the programme's own threshold").isEmpty();
        assertThat(CHECKS.problems(List.of(item("1.a", TimeAggregation.SUM, number("1000", null), null))))
                .as("nothing to compare with").isEmpty();
    }

    @Test
    void percentagesAreComparedAsShares() {
        var problems = CHECKS.problems(List.of(new SubmissionChecks.Item("1.c", MeasureType.PERCENTAGE, TimeAggregation.LATEST,
                Set.of(), ratio("70", "100", null), ratio("10", "20", null))));
        assertThat(problems).as("from 50% to 70% is a change of 40%").isEmpty();
        problems = CHECKS.problems(List.of(new SubmissionChecks.Item("1.c", MeasureType.PERCENTAGE, TimeAggregation.LATEST,
                Set.of(), ratio("20", "100", null), ratio("10", "20", null))));
        assertThat(problems).singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH)).startsWith("1.c changed from 50 last period to 20,"));
    }

    private static SubmissionChecks.Item item(String code, TimeAggregation aggregation, ValueRules.Reading current,
                                              ValueRules.Reading previous) {
        return new SubmissionChecks.Item(code, MeasureType.NUMBER, aggregation, BY_SEX, current, previous);
    }

    private static ValueRules.Reading number(String value, String comment) {
        return new ValueRules.Reading(Figure.number(new BigDecimal(value)), null, null, false, Map.of(), comment);
    }

    private static ValueRules.Reading ratio(String numerator, String denominator, String comment) {
        return new ValueRules.Reading(Figure.ratio(new BigDecimal(numerator), new BigDecimal(denominator)), null, null, false,
                Map.of(), comment);
    }

    private static ValueRules.Reading text(String text) {
        return new ValueRules.Reading(Figure.none(), text, null, false, Map.of(), null);
    }
}
