package org.camove.grants;

/** Where a grant is in its life: a draft being prepared, active (money flows), closing (final reports), closed. */
public enum GrantState {
    DRAFT,
    ACTIVE,
    CLOSING,
    CLOSED;

    /** Only forwards, one step at a time. */
    public boolean canBecome(GrantState next) {
        return next.ordinal() == ordinal() + 1;
    }

    /** Whether tranches may be released and disbursements recorded. */
    public boolean movesMoney() {
        return this == ACTIVE || this == CLOSING;
    }
}
