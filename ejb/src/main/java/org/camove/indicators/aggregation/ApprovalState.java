package org.camove.indicators.aggregation;

/**
 * Whether a value counts in official figures. The submission workflow has more states; for aggregation
 * only this distinction matters: anything submitted but not yet approved is {@code PENDING}.
 */
public enum ApprovalState {
    APPROVED,
    PENDING
}
