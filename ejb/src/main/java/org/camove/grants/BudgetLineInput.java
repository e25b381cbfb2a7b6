package org.camove.grants;

import java.math.BigDecimal;

/**
 * A budget line as its author typed it; {@link BudgetRules} checks it and computes its amount.
 *
 * @param resultId the result of the grant's programme the line pays for (see {@link BudgetLine}); null when none
 */
public record BudgetLineInput(String category, String description, String unit, BigDecimal quantity, BigDecimal unitCost,
                              Long resultId) {

    /** A line that pays for no particular result. */
    public BudgetLineInput(String category, String description, String unit, BigDecimal quantity, BigDecimal unitCost) {
        this(category, description, unit, quantity, unitCost, null);
    }
}
