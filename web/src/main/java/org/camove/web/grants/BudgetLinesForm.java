package org.camove.web.grants;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camove.grants.BudgetLineInput;
import org.camove.grants.GrantView;
import org.camove.logframe.ResultChoice;

/**
 * The budget lines a form is editing (a new grant's, a draft's revision, an amendment), as typed: the service
 * checks them and computes their amounts ({@code WEB-INF/includes/budget-lines.xhtml} shows them).
 */
public class BudgetLinesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Line> lines = new ArrayList<>();
    private List<ResultChoice> results = List.of();

    /** One line as typed; every field may be blank until the service refuses it. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private String category;
        private String description;
        private String unit;
        private BigDecimal quantity;
        private BigDecimal unitCost;
        private Long resultId;

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getUnitCost() {
            return unitCost;
        }

        public void setUnitCost(BigDecimal unitCost) {
            this.unitCost = unitCost;
        }

        /** The result of the programme the line pays for; null when none. */
        public Long getResultId() {
            return resultId;
        }

        public void setResultId(Long resultId) {
            this.resultId = resultId;
        }
    }

    /** One empty line to start with. */
    public static BudgetLinesForm empty() {
        var form = new BudgetLinesForm();
        form.addLine();
        return form;
    }

    /** The lines of a budget version, to revise or amend. */
    public static BudgetLinesForm of(GrantView.Budget budget) {
        var form = new BudgetLinesForm();
        for (var line : budget.lines()) {
            var typed = new Line();
            typed.category = line.category();
            typed.description = line.description();
            typed.unit = line.unit();
            typed.quantity = line.quantity().stripTrailingZeros();
            typed.unitCost = line.unitCost().amount();
            typed.resultId = line.resultId();
            form.lines.add(typed);
        }
        return form;
    }

    /** The programme's results a line may pay for, offered beside each line. */
    public void offer(List<ResultChoice> choices) {
        results = List.copyOf(choices);
    }

    public List<ResultChoice> getResults() {
        return results;
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<BudgetLineInput> inputs() {
        return lines.stream().map(l -> new BudgetLineInput(l.category, l.description, l.unit, l.quantity, l.unitCost, l.resultId)).toList();
    }
}
