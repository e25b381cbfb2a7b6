package org.camove.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.camove.logframe.Result;
import org.camove.money.Money;

/**
 * One line of a budget version: quantity × unit cost = amount, in the version's currency. The amount is stored as
 * computed when the line was saved ({@link BudgetRules}), so the figure donors were shown never moves.
 * <p>
 * A line may name the one result of the grant's programme (normally an output) it pays for. The link is on the line,
 * not on the grant or the report, because a partner's spend is reported per line: every approved amount then belongs
 * to exactly one result or to none, and nothing is split by guesswork. Being part of the line, it is versioned with
 * the budget: an amendment states it again for its own lines.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_version_id")
    private BudgetVersion budgetVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = BudgetRules.SHORT_LENGTH)
    private String category;

    @Column(nullable = false, length = BudgetRules.TEXT_LENGTH)
    private String description;

    @Column(nullable = false, length = BudgetRules.SHORT_LENGTH)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "unit_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitCost;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    /** The result this line's spend is counted for; null when none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_id")
    private Result result;

    protected BudgetLine() {
        // for JPA
    }

    BudgetLine(BudgetVersion budgetVersion, int position, BudgetRules.Line line) {
        this.budgetVersion = budgetVersion;
        this.position = position;
        this.category = line.category();
        this.description = line.description();
        this.unit = line.unit();
        this.quantity = line.quantity();
        this.unitCost = line.unitCost().amount();
        this.amount = line.amount().amount();
        this.result = line.result();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    /** The result this line pays for, if any. */
    public Result getResult() {
        return result;
    }

    public Money unitCost() {
        return Money.of(unitCost, budgetVersion.getTotal().currency());
    }

    public Money amount() {
        return Money.of(amount, budgetVersion.getTotal().currency());
    }
}
