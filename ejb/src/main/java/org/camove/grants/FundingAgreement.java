package org.camove.grants;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.camove.logframe.Programme;
import org.camove.money.Money;
import org.camove.organisations.Organisation;
import org.camove.shared.LastChange;

/**
 * What one donor gives a programme: an amount in the donor's currency for a period, and what the donor asks to be
 * reported (kept as text: every donor's template differs). Grants say which donor pays which share of them.
 */
@Entity
@Table(name = "funding_agreement")
@NamedQuery(name = FundingAgreement.OF_PROGRAMME, query = "SELECT a FROM FundingAgreement a JOIN FETCH a.donor "
        + "WHERE a.programme.code = :programme ORDER BY a.startsOn, a.id")
public class FundingAgreement {

    public static final String OF_PROGRAMME = "FundingAgreement.ofProgramme";
    public static final int REQUIREMENTS_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_id")
    private Organisation donor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money amount;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "reporting_requirements")
    private String reportingRequirements;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected FundingAgreement() {
        // for JPA
    }

    FundingAgreement(Organisation donor, Programme programme, Money amount, LocalDate startsOn, LocalDate endsOn,
                     String reportingRequirements, LastChange change) {
        this.donor = Objects.requireNonNull(donor);
        this.programme = Objects.requireNonNull(programme);
        this.amount = Objects.requireNonNull(amount);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        this.reportingRequirements = reportingRequirements;
        this.lastChange = change;
    }

    public Long getId() {
        return id;
    }

    public Organisation getDonor() {
        return donor;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReportingRequirements() {
        return reportingRequirements;
    }
}
