package org.camove.reporting;

/**
 * Where a partner's quarterly package (or any report submitted for review) is: a draft the partner edits,
 * submitted for review, returned to the partner with a comment, or approved. Only a draft or a returned
 * package can be changed; only approved data counts in official totals.
 */
public enum SubmissionState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** The moves a submission may make: draft or returned → submitted → returned or approved. */
    public boolean canBecome(SubmissionState next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> next == RETURNED || next == APPROVED;
            case APPROVED -> false;
        };
    }

    /** Whether the partner (or a manager on its behalf) may still change what is in it. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
