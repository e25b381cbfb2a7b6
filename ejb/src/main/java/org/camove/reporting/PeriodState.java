package org.camove.reporting;

/**
 * Where a reporting period is: planned (not yet open for entry), open (partners enter and submit) or locked
 * (nothing changes). A locked period becomes open again only when an administrator reopens it with a reason.
 */
public enum PeriodState {
    PLANNED,
    OPEN,
    LOCKED;

    /** The moves a period may make: planned → open → locked, and locked → open (a reopening). */
    public boolean canBecome(PeriodState next) {
        return switch (this) {
            case PLANNED -> next == OPEN;
            case OPEN -> next == LOCKED;
            case LOCKED -> next == OPEN;
        };
    }
}
