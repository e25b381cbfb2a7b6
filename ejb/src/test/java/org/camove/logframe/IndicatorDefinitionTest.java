package org.camove.logframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.shared.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** What a definition decides on its own, without the programme or the values reported (those are in IndicatorDefinitionsIT). */
class IndicatorDefinitionTest {

    @Test
    void aSoundPercentageHasNoViolations() {
        assertThat(percentage().violations()).isEmpty();
    }

    @Test
    void everyRuleNamesItsField() {
        var noName = percentage();
        noName.setNameEn(" ");
        assertThat(fields(noName)).containsExactly("nameEn");

        var russianOnly = percentage();
        russianOnly.setDefinitionRu("Только по-русски");
        assertThat(fields(russianOnly)).containsExactly("definitionEn");

        var summed = percentage();
        summed.setPartnerAggregation(PartnerAggregation.SUM);
        assertThat(keys(summed)).containsExactly("indicator.percentage.mustPool");

        var pooledNumber = percentage();
        pooledNumber.setMeasureType(MeasureType.NUMBER);
        assertThat(keys(pooledNumber)).containsExactly("indicator.pooled.percentageOnly");

        var brokenDownMilestone = percentage();
        brokenDownMilestone.setMeasureType(MeasureType.YES_NO);
        brokenDownMilestone.setPartnerAggregation(PartnerAggregation.MAX);
        brokenDownMilestone.setCategories(List.of("SEX"));
        assertThat(keys(brokenDownMilestone)).containsExactly("indicator.categories.notForMeasure");

        var halfAScale = percentage();
        halfAScale.setMeasureType(MeasureType.QUALITATIVE);
        halfAScale.setPartnerAggregation(PartnerAggregation.MAX);
        halfAScale.setScoreMax(BigDecimal.ONE);
        assertThat(keys(halfAScale)).containsExactly("indicator.scale.incomplete");

        var decreasing = percentage();
        decreasing.setDirection(Direction.DECREASE);
        assertThat(fields(decreasing)).containsExactly("baseline");

        var misspelt = percentage();
        misspelt.setProgrammeTargets(new TreeMap<>(Map.of("2026 Q1", BigDecimal.TEN)));
        assertThat(keys(misspelt)).containsExactly("indicator.target.badQuarter");
    }

    @Test
    void onlyNumbersRefuseNegativeTargets_andBlankTargetsAreNoTargets() {
        var number = percentage();
        number.setMeasureType(MeasureType.NUMBER);
        number.setPartnerAggregation(PartnerAggregation.SUM);
        var targets = new TreeMap<String, BigDecimal>();
        targets.put("2026-Q1", new BigDecimal("-1"));
        targets.put("2026-Q2", null);
        number.setProgrammeTargets(targets);
        assertThat(keys(number)).containsExactly("indicator.target.negative");
        assertThat(number.targetsByPartner().get(null)).hasSize(1);
    }

    @Test
    void categoriesAndPartnersAreTakenOnceInTheirOrder() {
        var definition = percentage();
        definition.setCategories(List.of("AGE", " ", "SEX", "AGE"));
        definition.setResponsiblePartners(List.of("TJ-01", "KG-02", "TJ-01"));
        assertThat(definition.categories()).containsExactly("AGE", "SEX");
        assertThat(definition.partners()).containsExactly("TJ-01", "KG-02");
    }

    private static IndicatorDefinition percentage() {
        var definition = new IndicatorDefinition();
        definition.setNameEn("Share of migrants registered");
        definition.setMeasureType(MeasureType.PERCENTAGE);
        definition.setTimeAggregation(TimeAggregation.LATEST);
        definition.setPartnerAggregation(PartnerAggregation.POOLED);
        return definition;
    }

    private static List<String> fields(IndicatorDefinition definition) {
        return definition.violations().stream().map(Violation::field).toList();
    }

    private static List<String> keys(IndicatorDefinition definition) {
        return definition.violations().stream().map(Violation::key).toList();
    }
}
