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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Objects;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.organisations.Organisation;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction = Direction.INCREASE;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(name = "baseline_source", length = 500)
    private String baselineSource;

    @Column(name = "lop_target", precision = 19, scale = 4)
    private BigDecimal lifeOfProgrammeTarget;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "verification_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "verification_ru"))
    })
    private LocalizedText meansOfVerification;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "definition_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "definition_ru"))
    })
    private LocalizedText definition;

    /** Qualitative indicators may score answers on a scale from scoreMin to scoreMax, its levels described. */
    @Column(name = "score_min", precision = 9, scale = 2)
    private BigDecimal scoreMin;

    @Column(name = "score_max", precision = 9, scale = 2)
    private BigDecimal scoreMax;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "score_scale_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "score_scale_ru"))
    })
    private LocalizedText scoreScale;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "indicator_partner", joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> responsiblePartners = new LinkedHashSet<>();

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

    public Result getResult() {
        return result;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getCode() {
        return code;
    }

    /** A new code when its result is renumbered or its place among the result's indicators changes. */
    void renumber(String newCode) {
        this.code = Objects.requireNonNull(newCode);
    }

    public int getPosition() {
        return position;
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

    public Direction getDirection() {
        return direction;
    }

    public void progressWhen(Direction direction) {
        this.direction = Objects.requireNonNull(direction);
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public String getBaselineSource() {
        return baselineSource;
    }

    public LocalizedText getDefinition() {
        return definition;
    }

    public BigDecimal getScoreMin() {
        return scoreMin;
    }

    public BigDecimal getScoreMax() {
        return scoreMax;
    }

    public LocalizedText getScoreScale() {
        return scoreScale;
    }

    public Set<Organisation> getResponsiblePartners() {
        return responsiblePartners;
    }

    public long getVersion() {
        return version;
    }
}
