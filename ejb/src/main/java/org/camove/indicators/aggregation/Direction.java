package org.camove.indicators.aggregation;

/** Whether progress means the indicator rises (people reached) or falls (% of migrants without registration). */
public enum Direction {
    INCREASE,
    /** Lower is better: progress is measured from the baseline down towards the target. */
    DECREASE
}
