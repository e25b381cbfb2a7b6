package org.camove.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.camove.reporting.ReportingPeriod;

/**
 * What belongs to one partner's quarterly package (the partner and the reporting period), so that every part
 * is found, and its access checked, the same way: by period and partner id, through PackageAccess.
 */
@MappedSuperclass
public abstract class PartOfPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporting_period_id")
    private ReportingPeriod period;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    protected PartOfPackage() {
        // for JPA
    }

    PartOfPackage(ReportingPeriod period, long partnerId) {
        this.period = Objects.requireNonNull(period);
        this.partnerId = partnerId;
    }

    public Long getId() {
        return id;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public long getPartnerId() {
        return partnerId;
    }
}
