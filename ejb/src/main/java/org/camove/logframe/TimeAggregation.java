package org.camove.logframe;

/** How an indicator's quarterly values make a total to date. */
public enum TimeAggregation {
    /** Each period's value is new; the total is their sum. */
    SUM,
    /** Each value is the running total to date; the total is the latest approved value. */
    CUMULATIVE,
    /** A level or snapshot: the latest value. */
    LATEST,
    MAX,
    AVERAGE
}
