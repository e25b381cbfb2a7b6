package org.camove.money;

/** Where the rate of a converted part came from. */
public enum RateBasis {
    /** Spent in the grant's own currency: rate 1. */
    SAME_CURRENCY,
    /** The month's rate from the table (MONTHLY policy). */
    MONTHLY,
    /** The rate of the disbursement that funded it (FIFO policy). */
    DISBURSEMENT,
    /**
     * FIFO, but spent beyond everything disbursed so far: converted at the month's rate instead and flagged, since
     * such spend was pre-financed by the partner and a reviewer must look at it.
     */
    BEYOND_DISBURSED
}
