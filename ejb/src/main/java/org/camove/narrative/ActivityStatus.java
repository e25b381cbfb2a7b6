package org.camove.narrative;

/** How far a logframe activity got in the quarter, against the partner's plan. */
public enum ActivityStatus {
    DONE,
    PARTLY,
    NOT_DONE,
    NOT_PLANNED;

    /** Whether the activity was planned for the quarter, so that the report says something about it. */
    public boolean wasPlanned() {
        return this != NOT_PLANNED;
    }
}
