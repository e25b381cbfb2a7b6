package org.camove.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Spending against time is marked only beyond the grant's threshold, in percentage points, either way. */
class PortfolioPaceTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void withinTheThresholdIsOnPace_beyondItAheadOrBehind() {
        assertThat(Portfolio.pace(new BigDecimal("55.00"), new BigDecimal("50.00"), TEN)).isEqualTo(Portfolio.Pace.ON_PACE);
        assertThat(Portfolio.pace(new BigDecimal("60.00"), new BigDecimal("50.00"), TEN)).as("exactly at it").isEqualTo(Portfolio.Pace.ON_PACE);
        assertThat(Portfolio.pace(new BigDecimal("60.01"), new BigDecimal("50.00"), TEN)).isEqualTo(Portfolio.Pace.AHEAD);
        assertThat(Portfolio.pace(new BigDecimal("39.99"), new BigDecimal("50.00"), TEN)).isEqualTo(Portfolio.Pace.BEHIND);
    }

    @Test
    void noBudgetIsNoMarker() {
        assertThat(Portfolio.pace(null, new BigDecimal("80.00"), TEN)).isEqualTo(Portfolio.Pace.ON_PACE);
    }
}
