package org.camove.finance;

/**
 * What a partner typed for one budget line: the amount spent in the quarter (text as typed: blank is nothing spent),
 * a note, and the justification of a variance.
 */
public record ExpenditureInput(long budgetLineId, String amount, String note, String justification) {
}
