package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.camove.logframe.MeasureType;

/**
 * Refuses values whose shape does not fit the indicator. These are defects of the feed (the database
 * query or an import), not user errors: a percentage stored as a number would silently be summed.
 */
final class ValueConformance {

    private final IndicatorRules rules;
    private final Set<String> categories;

    ValueConformance(IndicatorRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.categories = new HashSet<>(rules.disaggregationCategories());
    }

    void check(PeriodValue value) {
        Class<? extends Measurement> shape = expectedShape();
        if (!shape.isInstance(value.total())) {
            throw new IllegalArgumentException(rules.measureType() + " indicator needs " + shape.getSimpleName()
                    + " values, not " + value.total() + " (" + whose(value) + ")");
        }
        if (rules.measureType() == MeasureType.YES_NO) {
            BigDecimal answer = ((Quantity) value.total()).value();
            if (answer.compareTo(BigDecimal.ZERO) != 0 && answer.compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException("A milestone is 1 or 0, not " + answer + " (" + whose(value) + ")");
            }
        }
        if (!value.cells().isEmpty() && !rules.isDisaggregated()) {
            throw new IllegalArgumentException("Cells for an indicator without disaggregation (" + whose(value) + ")");
        }
        value.cells().forEach((combination, cell) -> {
            if (!combination.categories().equals(categories)) {
                // Subtotals are derived from the most detailed level only; a coarser cell would be counted twice.
                throw new IllegalArgumentException("Cell " + combination + " does not name exactly the categories "
                        + rules.disaggregationCategories() + " (" + whose(value) + ")");
            }
            if (!shape.isInstance(cell)) {
                throw new IllegalArgumentException("Cell " + combination + " needs a " + shape.getSimpleName()
                        + " (" + whose(value) + ")");
            }
        });
    }

    private Class<? extends Measurement> expectedShape() {
        switch (rules.measureType()) {
            case NUMBER:
            case YES_NO:
                return Quantity.class;
            case PERCENTAGE:
                return Ratio.class;
            case QUALITATIVE:
                return Narrative.class;
            default:
                throw new IllegalStateException("Unhandled measure type " + rules.measureType());
        }
    }

    private static String whose(PeriodValue value) {
        return value.partner() + ", " + value.quarter();
    }
}
