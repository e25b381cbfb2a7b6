package org.camove.finance;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.camove.money.ConvertedPart;
import org.camove.money.Money;
import org.camove.money.RateBasis;

/**
 * One stored part of an expenditure line's conversion ({@link ConvertedPart}): the amount, its converted amount, the
 * rate used and where it came from (the month's pair or the disbursement), as it was when the line was saved.
 */
@Entity
@Table(name = "financial_report_line_part")
public class ConversionPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_line_id")
    private ExpenditureLine line;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money original;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "converted_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "grant_currency"))
    })
    private Money converted;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RateBasis basis;

    @Column(nullable = false, length = 100)
    private String reference;

    protected ConversionPart() {
        // for JPA
    }

    ConversionPart(ExpenditureLine line, int position, ConvertedPart part) {
        this.line = line;
        this.position = position;
        this.original = part.original();
        this.converted = part.converted();
        this.rate = part.rate();
        this.basis = part.basis();
        this.reference = part.reference();
    }

    /** As the conversion handed it out. */
    public ConvertedPart asPart() {
        return new ConvertedPart(original, converted, rate, basis, reference);
    }
}
