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
import org.camove.organisations.Organisation;

/**
 * The share of a grant one donor pays, in percent; a grant's shares add up to exactly 100. The amounts are derived
 * by allocating the grant's total (largest remainder), so they add up to the total to the cent.
 */
@Entity
@Table(name = "grant_funding_share")
public class FundingShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_id")
    private Organisation donor;

    @Column(name = "share_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal percent;

    protected FundingShare() {
        // for JPA
    }

    FundingShare(Grant grant, Organisation donor, BigDecimal percent) {
        this.grant = grant;
        this.donor = donor;
        this.percent = percent;
    }

    public Organisation getDonor() {
        return donor;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
