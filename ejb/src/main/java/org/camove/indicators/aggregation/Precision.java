package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The only places where full precision has to give: divisions (averages, percentages) can have no
 * finite decimal expansion, so they keep 34 significant digits (IEEE decimal128), far beyond what any
 * report shows. Sums, maxima and carried values stay exact; presentation rounds, not the engine,
 * except % of target which is reported with one decimal (HALF_UP) because the status is judged on it.
 */
final class Precision {

    static final MathContext DIVISION = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int PERCENT_OF_TARGET_SCALE = 1;

    private Precision() {
    }
}
