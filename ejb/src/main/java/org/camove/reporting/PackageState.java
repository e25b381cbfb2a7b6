package org.camove.reporting;

/**
 * Where a partner's package for a period stands as the managers' overview shows it: its {@link SubmissionState},
 * or not started, or overdue (past the period's due date and grace days, and neither submitted nor approved).
 */
public enum PackageState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    OVERDUE;

    static PackageState of(SubmissionState state, boolean pastGrace) {
        if (pastGrace && (state == null || state.isEditable())) {
            return OVERDUE;
        }
        return state == null ? NOT_STARTED : valueOf(state.name());
    }
}
