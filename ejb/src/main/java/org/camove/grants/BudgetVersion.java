package org.camove.grants;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camove.money.Money;
import org.camove.shared.LastChange;

/**
 * One version of a grant's budget: number 1 is the original, each later one an amendment effective from its date,
 * with the reason for it. A version is never changed once a later one exists: it is the budget history.
 */
@Entity
@Table(name = "budget_version")
public class BudgetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @Column(nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "reason")
    private String reason;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money total;

    @OneToMany(mappedBy = "budgetVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BudgetLine> lines = new ArrayList<>();

    @Embedded
    private LastChange lastChange;

    protected BudgetVersion() {
        // for JPA
    }

    BudgetVersion(Grant grant, int number, LocalDate effectiveFrom, String reason, Money total, List<BudgetRules.Line> lines,
                  LastChange change) {
        this.grant = Objects.requireNonNull(grant);
        this.number = number;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.reason = reason;
        this.total = Objects.requireNonNull(total);
        for (int i = 0; i < lines.size(); i++) {
            this.lines.add(new BudgetLine(this, i + 1, lines.get(i)));
        }
        this.lastChange = change;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public Money getTotal() {
        return total;
    }

    public List<BudgetLine> getLines() {
        return List.copyOf(lines);
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
