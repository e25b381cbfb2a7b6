package org.camove.finance;

import java.math.BigDecimal;
import java.util.Optional;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.money.Money;

/**
 * What one unit of an indicator cost: a result's spend divided by the indicator's actual (e.g. USD per person
 * reached), rounded by the currency's rules ({@link Money#dividedBy}). Only counts of things delivered have a cost
 * per unit: a number added up over quarters (SUM) or counted as a running total (CUMULATIVE). A percentage, a
 * milestone, a score or a level (LATEST, MAX, AVERAGE) is not something spend buys units of, and a zero or missing
 * actual has no cost per unit either (never a division by zero, never an infinite cost).
 */
public final class CostPerUnit {

    private CostPerUnit() {
    }

    /** Whether an indicator so measured counts units that spend can be divided over. */
    public static boolean applies(MeasureType measure, TimeAggregation overTime) {
        return measure == MeasureType.NUMBER && (overTime == TimeAggregation.SUM || overTime == TimeAggregation.CUMULATIVE);
    }

    /** {@code spend} ÷ {@code actual}; empty when the indicator does not count units or the actual is none or zero. */
    public static Optional<Money> of(Money spend, MeasureType measure, TimeAggregation overTime, BigDecimal actual) {
        if (!applies(measure, overTime) || actual == null || actual.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(spend.dividedBy(actual));
    }
}
