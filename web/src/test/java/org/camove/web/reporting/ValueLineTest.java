package org.camove.web.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camove.indicators.IndicatorDescription.Category;
import org.camove.indicators.IndicatorDescription.Option;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.logframe.MeasureType;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.Figure;
import org.camove.reporting.ValueRules;
import org.junit.jupiter.api.Test;

/** How the entry page lays out a value's cross-tab and turns what was typed into what the service reads. */
class ValueLineTest {

    private static final Category SEX = new Category("SEX", "Sex", List.of(new Option("F", "Female"), new Option("M", "Male")));
    private static final Category AGE = new Category("AGE", "Age", List.of(new Option("0-17", "0–17"), new Option("18-35", "18–35")));
    private static final Category REG = new Category("REG", "Registration", List.of(new Option("Y", "registered"), new Option("N", "not")));

    @Test
    void twoCategoriesAreRowsAndColumns_theFieldsAreThoseTheRefusalsName_andEveryCellKeyIsOneTheRulesKnow() {
        var line = new ValueLine(row(MeasureType.NUMBER, List.of(SEX, AGE), null), true);
        assertThat(line.getColumns()).containsExactly("0–17", "18–35");
        assertThat(line.getGrid()).extracting(ValueLine.GridRow::label).containsExactly("Female", "Male");
        assertThat(line.getGrid().get(0).cells()).extracting(ValueLine.Input::getField)
                .containsExactly("value[1.b].cell[AGE=0-17;SEX=F]", "value[1.b].cell[AGE=18-35;SEX=F]");
        assertThat(line.getGrid().stream().flatMap(r -> r.cells().stream()).map(c -> c.getField().replaceAll(".*cell\\[(.*)]", "$1")))
                .containsExactlyInAnyOrderElementsOf(ValueRules.cellKeys(List.of(SEX, AGE)));
        assertThat(line.getField()).isEqualTo("value[1.b]");
        assertThat(line.isPartial()).as("a new value is entered fully broken down").isFalse();
    }

    @Test
    void oneCategoryIsOneColumn_andThreeOrMoreAreAListOfCells() {
        assertThat(new ValueLine(row(MeasureType.NUMBER, List.of(SEX), null), true).getGrid())
                .allSatisfy(r -> assertThat(r.cells()).hasSize(1)).hasSize(2);
        var three = new ValueLine(row(MeasureType.NUMBER, List.of(SEX, AGE, REG), null), true);
        assertThat(three.getColumns()).isEmpty();
        assertThat(three.getGrid()).hasSize(8).first().satisfies(r -> assertThat(r.label()).isEqualTo("Female · 0–17 · registered"));
        assertThat(three.getGrid().stream().map(r -> r.cells().get(0).getField().replaceAll(".*cell\\[(.*)]", "$1")))
                .containsExactlyInAnyOrderElementsOf(ValueRules.cellKeys(List.of(SEX, AGE, REG)));
    }

    @Test
    void whatThePostedFormHoldsIsSentAsTyped_withTheVersionThePageWasRenderedWith_fullyDisaggregatedUnlessMarkedPartial() {
        var line = new ValueLine(row(MeasureType.NUMBER, List.of(SEX, AGE), null), true);
        line.typed(Map.of("value[1.b]", "7", "value[1.b].cell[AGE=0-17;SEX=M]", "12,5,0",
                "value[1.b].comment", "from the register", "value[1.b].version", "", "value[2.a]", "99"));
        EnteredValue entered = line.entered();
        assertThat(entered.total().value()).isEqualTo("7");
        assertThat(entered.cells().get("AGE=0-17;SEX=M").value()).isEqualTo("12,5,0");
        assertThat(entered.cells().get("AGE=0-17;SEX=F").value()).as("a cell left out of the form is blank").isNull();
        assertThat(entered.fullyDisaggregated()).isTrue();
        assertThat(entered.comment()).isEqualTo("from the register");
        assertThat(entered.seenVersion()).isNull();

        line.typed(Map.of("value[1.b].partial", "true", "value[1.b].version", "4"));
        assertThat(line.entered().fullyDisaggregated()).isFalse();
        assertThat(line.entered().seenVersion()).as("the version the page was rendered with").isEqualTo(4L);
        line.typed(Map.of("value[1.b].version", "4 or so"));
        assertThat(line.entered().seenVersion()).as("a version that is not a number counts as none seen").isNull();
        assertThat(new ValueLine(row(MeasureType.NUMBER, List.of(), null), true).entered().fullyDisaggregated())
                .as("nothing to break down").isFalse();
    }

    @Test
    void aPercentageTakesItsNumeratorAndDenominatorByTheirFieldNames() {
        var line = new ValueLine(row(MeasureType.PERCENTAGE, List.of(SEX), null), true);
        line.typed(Map.of("value[1.b].numerator", "45", "value[1.b].denominator", "60",
                "value[1.b].cell[SEX=F].numerator", "20", "value[1.b].cell[SEX=F].denominator", "25"));
        var entered = line.entered();
        assertThat(entered.total().numerator()).isEqualTo("45");
        assertThat(entered.total().denominator()).isEqualTo("60");
        assertThat(entered.cells().get("SEX=F").numerator()).isEqualTo("20");
        assertThat(entered.cells().get("SEX=F").denominator()).isEqualTo("25");
    }

    @Test
    void aKeptValueFillsTheInputs_aPartialOneIsMarkedSo_andAPercentageIsShownAsARatioAndAPercentage() {
        var kept = new EntrySheet.Entry(ApprovalState.PENDING, 3, new ValueRules.Reading(Figure.number(new BigDecimal("30.5000")),
                null, null, false, Map.of("AGE=0-17;SEX=F", Figure.number(new BigDecimal("10"))), "why"), "it.partner.kg", false);
        var line = new ValueLine(row(MeasureType.NUMBER, List.of(SEX, AGE), kept), true);
        assertThat(line.getTotal().getValue()).isEqualTo("30.5");
        assertThat(line.getGrid().get(0).cells().get(0).getValue()).isEqualTo("10");
        assertThat(line.isPartial()).isTrue();
        assertThat(line.entered().seenVersion()).isEqualTo(3L);
        assertThat(line.getComment()).isEqualTo("why");

        var ratio = new EntrySheet.Entry(ApprovalState.APPROVED, 1, new ValueRules.Reading(Figure.ratio(new BigDecimal("45"),
                new BigDecimal("60")), null, null, false, Map.of(), null), "manager", true);
        assertThat(ValueLine.shown(ratio, MeasureType.PERCENTAGE)).isEqualTo("45/60 (75%)");
        assertThat(ValueLine.shown(null, MeasureType.NUMBER)).isEmpty();
    }

    private static EntrySheet.Row row(MeasureType type, List<Category> categories, EntrySheet.Entry current) {
        return new EntrySheet.Row(4, "1.b", "People registered", "people", type, categories, current, null, null, null);
    }
}
