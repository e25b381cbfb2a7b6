package org.camove.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camove.indicators.IndicatorDescription.Category;
import org.camove.indicators.IndicatorDescription.Option;
import org.camove.logframe.MeasureType;
import org.camove.shared.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** The rules an entered value must keep before it is saved, without a container. */
class ValueRulesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Set<String> SEX_BY_AGE = ValueRules.cellKeys(List.of(
            new Category("SEX", "Sex", List.of(new Option("F", "Female"), new Option("M", "Male"))),
            new Category("AGE", "Age", List.of(new Option("0-17", "0–17"), new Option("18-35", "18–35")))));
    private static final ValueRules PEOPLE = new ValueRules("1.b", MeasureType.NUMBER, SEX_BY_AGE, null, null);
    private static final ValueRules SHARE = new ValueRules("1.2.b", MeasureType.PERCENTAGE, Set.of(), null, null);
    private static final ValueRules MILESTONE = new ValueRules("1.3.b", MeasureType.YES_NO, Set.of(), null, null);
    private static final ValueRules STAGE = new ValueRules("2.b", MeasureType.QUALITATIVE, Set.of(),
            BigDecimal.ZERO, new BigDecimal("4"));

    private final List<Violation> found = new ArrayList<>();

    @Test
    void theCrossTabsCellsAreEveryCombinationOfOptionsKeyedInCategoryCodeOrder() {
        assertThat(SEX_BY_AGE).containsExactly("AGE=0-17;SEX=F", "AGE=0-17;SEX=M", "AGE=18-35;SEX=F", "AGE=18-35;SEX=M");
        assertThat(ValueRules.cellKeys(List.of())).isEmpty();
    }

    @Test
    void numbersAreDigitsWithAPointOrACommaAndSpacesBetweenThousands() {
        assertThat(PEOPLE.read(EnteredValue.number(4, null, " 1 250,5 "), found).total().value()).isEqualByComparingTo("1250.5");
        assertThat(found).isEmpty();
        for (String malformed : List.of("12a", "1.2.3", "1e3", "0.12345", "--1")) {
            found.clear();
            assertThat(PEOPLE.read(EnteredValue.number(4, null, malformed), found)).as(malformed).isNull();
            assertThat(found).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("value[1.b]");
                assertThat(v.key()).isEqualTo("entry.number.malformed");
            });
        }
        assertThat(found.get(0).message(Locale.ENGLISH))
                .isEqualTo("1.b: \"--1\" is not a number. Write digits, with a point or a comma before at most four decimals.");
        assertThat(found.get(0).message(RU)).startsWith("1.b: «--1» — не число.");
    }

    @Test
    void countsAreNotNegative() {
        assertThat(PEOPLE.read(EnteredValue.number(4, null, "-3"), found)).isNull();
        assertThat(found).extracting(Violation::key).containsExactly("entry.number.negative");
        assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("1.b: a count cannot be negative (-3).");
    }

    @Test
    void aPercentageHasANumeratorNotAboveItsDenominatorAndADenominatorAboveZero() {
        var kept = SHARE.read(ratio("45", "60"), found);
        assertThat(kept.total().toString()).isEqualTo("45/60");
        assertThat(SHARE.read(ratio("61", "60"), found)).isNull();
        assertThat(SHARE.read(ratio("0", "0"), found)).isNull();
        assertThat(SHARE.read(ratio("5", ""), found)).isNull();
        assertThat(found).extracting(Violation::field, Violation::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("value[1.2.b].numerator", "entry.ratio.numeratorAbove"),
                org.assertj.core.groups.Tuple.tuple("value[1.2.b].denominator", "entry.ratio.denominatorZero"),
                org.assertj.core.groups.Tuple.tuple("value[1.2.b].denominator", "entry.number.required"));
        assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("1.2.b: the numerator (61) cannot be more than the denominator (60).");
    }

    @Test
    void aMilestoneIsReachedOrNot() {
        assertThat(MILESTONE.read(EnteredValue.number(11, null, "1"), found).total().value()).isEqualByComparingTo("1");
        assertThat(MILESTONE.read(EnteredValue.number(11, null, "2"), found)).isNull();
        assertThat(found).extracting(Violation::key).containsExactly("entry.yesNo");
    }

    @Test
    void qualitativeTextIsKeptAsWrittenWithAScoreOnTheIndicatorsScale() {
        var kept = STAGE.read(new EnteredValue(13, null, null, "  Draft agreement tabled <b>in</b> Moscow ", "3.0", false,
                Map.of(), "from the ministry"), found);
        assertThat(kept.text()).isEqualTo("Draft agreement tabled <b>in</b> Moscow");
        assertThat(kept.score()).isEqualByComparingTo("3");
        assertThat(kept.comment()).isEqualTo("from the ministry");
        assertThat(STAGE.read(new EnteredValue(13, null, null, "text", "5", false, Map.of(), null), found)).isNull();
        assertThat(STAGE.read(new EnteredValue(13, null, null, " ", null, false, Map.of(), null), found)).isNull();
        assertThat(found).extracting(Violation::key).containsExactly("entry.score.range", "entry.text.required");
    }

    @Test
    void cellsOfAFullyDisaggregatedValueAddUpToItsTotal_otherwiseTheyAreAPartialBreakdown() {
        var cells = Map.of("AGE=0-17;SEX=F", EnteredValue.Cell.number("10"), "AGE=18-35;SEX=F", EnteredValue.Cell.number("20"),
                "AGE=0-17;SEX=M", EnteredValue.Cell.number("5"), "AGE=18-35;SEX=M", EnteredValue.Cell.number(""));
        var full = PEOPLE.read(EnteredValue.number(4, null, "35").withCells(cells, true), found);
        assertThat(full.fullyDisaggregated()).isTrue();
        assertThat(full.cells()).hasSize(3);
        assertThat(full.describe()).isEqualTo("35 cells{AGE=0-17;SEX=F:10 AGE=0-17;SEX=M:5 AGE=18-35;SEX=F:20}");

        assertThat(PEOPLE.read(EnteredValue.number(4, null, "40").withCells(cells, true), found)).isNull();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("value[1.b]");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                    "1.b: the cells add up to 35, not to the total 40. Correct them, or mark the value as partially disaggregated.");
        });
        var partial = PEOPLE.read(EnteredValue.number(4, null, "40").withCells(cells, false), found);
        assertThat(partial.fullyDisaggregated()).isFalse();
        assertThat(partial.describe()).startsWith("40 partial cells{");
    }

    @Test
    void everyCellIsCheckedAndNamed() {
        var cells = Map.of("AGE=0-17;SEX=F", EnteredValue.Cell.number("-1"), "AGE=60+;SEX=F", EnteredValue.Cell.number("2"));
        assertThat(PEOPLE.read(EnteredValue.number(4, null, "1").withCells(cells, true), found)).isNull();
        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder(
                "value[1.b].cell[AGE=0-17;SEX=F]", "value[1.b].cell[AGE=60+;SEX=F]");
        assertThat(found).extracting(v -> v.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "1.b AGE=0-17;SEX=F: a count cannot be negative (-1).", "1.b is not broken down by AGE=60+;SEX=F.");
    }

    @Test
    void aReadingEqualsTheSameFiguresWhateverTheirScale() {
        var typed = PEOPLE.read(EnteredValue.number(4, null, "12.5"), found);
        var stored = new ValueRules.Reading(Figure.number(new BigDecimal("12.5000")), null, null, false, Map.of(), null);
        assertThat(stored).isEqualTo(typed);
        assertThat(EnteredValue.number(4, null, " ").isBlank()).isTrue();
    }

    private static EnteredValue ratio(String numerator, String denominator) {
        return new EnteredValue(9, null, EnteredValue.Cell.ratio(numerator, denominator), null, null, false, Map.of(), null);
    }
}
