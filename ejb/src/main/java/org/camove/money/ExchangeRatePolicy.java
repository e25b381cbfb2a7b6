package org.camove.money;

/** How a grant converts a partner's expenditure into the grant's currency. */
public enum ExchangeRatePolicy {
    /** At the rate of the month the money was spent (the rate table). */
    MONTHLY,
    /**
     * At the rate of the disbursement(s) that funded the spend, first in, first out: a spend that uses up one
     * disbursement and starts the next is split and each part converted at its own disbursement's rate.
     */
    FIFO
}
