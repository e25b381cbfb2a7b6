package org.camove.logframe;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.shared.LocalizedText;

/** What measures a result: its definition, unit, how it aggregates, baseline and life-of-programme target. */
@Entity
@Table(name = "indicator")
@NamedQuery(name = Indicator.OF_PROGRAMME,
        query = "SELECT i FROM Indicator i JOIN i.result r WHERE r.programme = :programme ORDER BY i.position")
public class Indicator {

    public static final String OF_PROGRAMME = "Indicator.ofProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id")
    private Result result;

    @Column(name = "result_id", insertable = false, updatable = false)
    private Long resultId;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "unit_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "unit_ru"))
    })
    private LocalizedText unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_type", nullable = false)
    private MeasureType measureType;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_aggregation", nullable = false)
    private TimeAggregation timeAggregation;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_aggregation", nullable = false)
    private PartnerAggregation partnerAggregation = PartnerAggregation.SUM;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(name = "lop_target", precision = 19, scale = 4)
    private BigDecimal lifeOfProgrammeTarget;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "verification_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "verification_ru"))
    })
    private LocalizedText meansOfVerification;

    @Version
    private long version;

    protected Indicator() {
        // for JPA
    }

    public Indicator(Result result, String code, int position, LocalizedText name, LocalizedText unit,
                     MeasureType measureType, TimeAggregation timeAggregation) {
        this.result = Objects.requireNonNull(result);
        this.code = Objects.requireNonNull(code);
        this.position = position;
        this.name = Objects.requireNonNull(name);
        this.unit = unit;
        this.measureType = Objects.requireNonNull(measureType);
        this.timeAggregation = Objects.requireNonNull(timeAggregation);
    }

    /** Sets where the indicator starts from and what it should reach by the programme's end. */
    public void setBaselineAndTarget(BigDecimal baseline, BigDecimal lifeOfProgrammeTarget) {
        this.baseline = baseline;
        this.lifeOfProgrammeTarget = lifeOfProgrammeTarget;
    }

    public Long getId() {
        return id;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getUnit() {
        return unit;
    }

    public MeasureType getMeasureType() {
        return measureType;
    }

    public TimeAggregation getTimeAggregation() {
        return timeAggregation;
    }

    /** How partners' figures combine; percentages always pool numerators and denominators whatever this says. */
    public PartnerAggregation getPartnerAggregation() {
        return partnerAggregation;
    }

    public void combinePartnersBy(PartnerAggregation rule) {
        this.partnerAggregation = Objects.requireNonNull(rule);
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getLifeOfProgrammeTarget() {
        return lifeOfProgrammeTarget;
    }

    public LocalizedText getMeansOfVerification() {
        return meansOfVerification;
    }
}
