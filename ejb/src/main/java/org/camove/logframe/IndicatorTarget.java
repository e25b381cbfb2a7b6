package org.camove.logframe;

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
import java.util.Objects;
import org.camove.indicators.aggregation.Quarter;
import org.camove.organisations.Organisation;

/**
 * An indicator's target for one quarter: the programme's (no partner) or one partner's. Part of the
 * indicator; the indicator's version guards changes to it.
 */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Organisation partner;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int quarter;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    protected IndicatorTarget() {
        // for JPA
    }

    IndicatorTarget(Indicator indicator, Organisation partner, Quarter quarter, BigDecimal target) {
        this.indicator = Objects.requireNonNull(indicator);
        this.partner = partner;
        this.year = quarter.year();
        this.quarter = quarter.quarter();
        this.target = Objects.requireNonNull(target);
    }

    /** The programme's target has no partner. */
    public Organisation getPartner() {
        return partner;
    }

    public Quarter getQuarter() {
        return Quarter.of(year, quarter);
    }

    public BigDecimal getTarget() {
        return target;
    }

    void setTarget(BigDecimal target) {
        this.target = Objects.requireNonNull(target);
    }

    /** Which row of the target grid this is: a partner's code, or null for the programme. */
    String partnerCode() {
        return partner == null ? null : partner.getCode();
    }
}
