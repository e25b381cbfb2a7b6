package org.camove.grants;

/** A tranche is planned until a finance reviewer releases it; disbursements are recorded against released ones. */
public enum TrancheState {
    PLANNED,
    RELEASED
}
