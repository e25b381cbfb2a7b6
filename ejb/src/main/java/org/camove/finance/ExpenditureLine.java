package org.camove.finance;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camove.grants.BudgetLine;
import org.camove.money.Converted;
import org.camove.money.Money;

/**
 * What a partner spent of one budget line in the report's quarter: the amount as spent, and as converted into the
 * grant's currency with every part of the conversion and its rate ({@link ConversionPart}), stored so that the report
 * reads the same whatever happens to the rate table later. The note says what the money went on; the justification
 * explains a variance beyond the grant's threshold.
 */
@Entity
@Table(name = "financial_report_line")
public class ExpenditureLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "financial_report_id")
    private FinancialReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id")
    private BudgetLine budgetLine;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money amount;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "converted_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "grant_currency"))
    })
    private Money converted;

    @Column(name = "note")
    private String note;

    @Column(name = "justification")
    private String justification;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ConversionPart> parts = new ArrayList<>();

    protected ExpenditureLine() {
        // for JPA
    }

    ExpenditureLine(FinancialReport report, BudgetLine budgetLine, Converted converted, String note, String justification) {
        this.report = Objects.requireNonNull(report);
        this.budgetLine = Objects.requireNonNull(budgetLine);
        this.position = budgetLine.getPosition();
        this.amount = converted.spend().amount();
        this.converted = converted.converted();
        this.note = note;
        this.justification = justification;
        for (int i = 0; i < converted.parts().size(); i++) {
            parts.add(new ConversionPart(this, i + 1, converted.parts().get(i)));
        }
    }

    public Long getId() {
        return id;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public int getPosition() {
        return position;
    }

    public Money getAmount() {
        return amount;
    }

    public Money getConverted() {
        return converted;
    }

    public String getNote() {
        return note;
    }

    public String getJustification() {
        return justification;
    }

    public List<ConversionPart> getParts() {
        return List.copyOf(parts);
    }
}
