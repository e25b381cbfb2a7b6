package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quarter's figures for a scope: the actual (null when nothing counted was reported for it and, for
 * cumulative indicators, nothing earlier carries into it) and the target for that quarter (null when none).
 */
public record PeriodResult(Quarter quarter, Actual actual, BigDecimal target) {

    public PeriodResult {
        Objects.requireNonNull(quarter, "quarter");
    }
}
