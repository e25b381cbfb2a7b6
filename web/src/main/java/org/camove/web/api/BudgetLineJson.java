package org.camove.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.camove.grants.BudgetLineInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetLineInput", description = "A budget line as entered; its amount is quantity × unit cost. resultId: the result "
        + "of the grant's programme the line pays for (its spend counts for that result on the results dashboard), null when none; "
        + "a result of another programme is refused (400, field lines[i].result)")
public record BudgetLineJson(String category, String description, String unit, BigDecimal quantity, BigDecimal unitCost,
                             Long resultId) {

    static List<BudgetLineInput> inputs(List<BudgetLineJson> lines) {
        return lines == null ? null : lines.stream().map(l -> l == null ? new BudgetLineInput(null, null, null, null, null)
                : new BudgetLineInput(l.category(), l.description(), l.unit(), l.quantity(), l.unitCost(), l.resultId())).toList();
    }
}
