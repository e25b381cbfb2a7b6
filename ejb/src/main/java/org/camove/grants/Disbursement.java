package org.camove.grants;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.camove.money.Funding;
import org.camove.money.Money;
import org.camove.shared.LastChange;

/**
 * Money actually paid to the partner against a released tranche: the amount in the currency it arrived in, its
 * rate to the grant's currency (from the rate table or entered from the bank's advice) and the grant-currency
 * amount computed with it. All three are stored, so a later rate edit never changes what was disbursed.
 */
@Entity
@Table(name = "disbursement")
@NamedQuery(name = Disbursement.OF_GRANT, query = "SELECT d FROM Disbursement d WHERE d.tranche.grant = :grant ORDER BY d.paidOn, d.id")
public class Disbursement {

    public static final String OF_GRANT = "Disbursement.ofGrant";

    /** Where the rate came from. */
    public enum RateSource { TABLE, ENTERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tranche_id")
    private Tranche tranche;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money amount;

    @Column(name = "rate_to_grant", nullable = false, precision = 19, scale = 8)
    private BigDecimal rateToGrant;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_source", nullable = false, length = 10)
    private RateSource rateSource;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "grant_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "grant_currency"))
    })
    private Money grantAmount;

    @Embedded
    private LastChange recorded;

    protected Disbursement() {
        // for JPA
    }

    Disbursement(Tranche tranche, LocalDate paidOn, Money amount, BigDecimal rateToGrant, RateSource rateSource, LastChange recorded) {
        this.tranche = Objects.requireNonNull(tranche);
        this.paidOn = Objects.requireNonNull(paidOn);
        this.amount = Objects.requireNonNull(amount);
        this.rateToGrant = Objects.requireNonNull(rateToGrant);
        this.rateSource = Objects.requireNonNull(rateSource);
        this.grantAmount = amount.convert(rateToGrant, tranche.getGrant().currency());
        this.recorded = Objects.requireNonNull(recorded);
    }

    /** What FIFO conversion sees of it. */
    public Funding asFunding() {
        return new Funding("disbursement " + id, paidOn, amount, rateToGrant);
    }

    public Long getId() {
        return id;
    }

    public Tranche getTranche() {
        return tranche;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Money getAmount() {
        return amount;
    }

    public BigDecimal getRateToGrant() {
        return rateToGrant;
    }

    public RateSource getRateSource() {
        return rateSource;
    }

    public Money getGrantAmount() {
        return grantAmount;
    }

    public LastChange getRecorded() {
        return recorded;
    }
}
