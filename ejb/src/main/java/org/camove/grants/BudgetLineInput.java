package org.camove.grants;

import java.math.BigDecimal;

/** A budget line as its author typed it; {@link BudgetRules} checks it and computes its amount. */
public record BudgetLineInput(String category, String description, String unit, BigDecimal quantity, BigDecimal unitCost) {
}
