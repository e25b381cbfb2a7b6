package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A programme's thresholds for the on-track status, in % of target to date: at or above {@code green}
 * is green, at or above {@code amber} amber, below it red. Default 90 / 70.
 */
public record StatusThresholds(BigDecimal green, BigDecimal amber) {

    public static final StatusThresholds DEFAULT = new StatusThresholds(BigDecimal.valueOf(90), BigDecimal.valueOf(70));

    public StatusThresholds {
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(amber, "amber");
        if (amber.compareTo(green) > 0) {
            throw new IllegalArgumentException("The amber threshold (" + amber + "%) cannot be above the green one (" + green + "%)");
        }
    }

    public static StatusThresholds of(long greenPercent, long amberPercent) {
        return new StatusThresholds(BigDecimal.valueOf(greenPercent), BigDecimal.valueOf(amberPercent));
    }

    /**
     * Judged on the % of target as reported (one decimal), so that a reader who sees 90.0% next to a
     * 90% threshold also sees green.
     */
    public OnTrackStatus statusOf(BigDecimal percentOfTarget) {
        if (percentOfTarget == null) {
            return OnTrackStatus.NONE;
        }
        if (percentOfTarget.compareTo(green) >= 0) {
            return OnTrackStatus.GREEN;
        }
        return percentOfTarget.compareTo(amber) >= 0 ? OnTrackStatus.AMBER : OnTrackStatus.RED;
    }
}
