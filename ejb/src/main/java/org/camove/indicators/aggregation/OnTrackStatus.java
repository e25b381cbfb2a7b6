package org.camove.indicators.aggregation;

/** The red/amber/green judgement of progress against the target to date. */
public enum OnTrackStatus {
    GREEN,
    AMBER,
    RED,
    /** No target to date, no actual, or a measure (qualitative) that has no % of target. */
    NONE
}
