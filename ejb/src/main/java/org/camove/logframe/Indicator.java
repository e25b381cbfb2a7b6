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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.CascadeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.indicators.aggregation.Quarter;
import org.camove.organisations.Organisation;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LocalizedText;

/** What measures a result: its definition, unit, how it aggregates, baseline and life-of-programme target. */
@Entity
@Table(name = "indicator")
@NamedQuery(name = Indicator.OF_PROGRAMME,
        query = "SELECT i FROM Indicator i JOIN i.result r WHERE r.programme = :programme ORDER BY i.position")
@NamedQuery(name = Indicator.WITH_PROGRAMME,
        query = "SELECT i FROM Indicator i JOIN FETCH i.result r JOIN FETCH r.programme WHERE i.id = :id")
public class Indicator {

    public static final String OF_PROGRAMME = "Indicator.ofProgramme";
    /** One indicator with its result and programme, in one query. */
    public static final String WITH_PROGRAMME = "Indicator.withProgramme";

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

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IndicatorTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<IndicatorCategory> categories = new ArrayList<>();

    @Version
    private long version;

    // both set by ReportedValueChanges whenever a value or cell of the indicator is written, never by JPA
    @Column(name = "values_revision", insertable = false, updatable = false)
    private long valuesRevision;

    @Column(name = "latest_approved_period", insertable = false, updatable = false)
    private Integer latestApprovedPeriod;

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
        this.partnerAggregation = measureType == MeasureType.PERCENTAGE ? PartnerAggregation.POOLED : PartnerAggregation.SUM;
    }

    /**
     * A new indicator of the result, in the given place among its indicators, as the definition says; its
     * code defaults to the result's code and the first free letter (1.2.a, 1.2.b…).
     *
     * @throws InvalidInput with every rule the definition breaks, field by field
     */
    static Indicator define(Result result, int position, IndicatorDefinition definition, IndicatorSetting setting) {
        var indicator = new Indicator();
        indicator.result = Objects.requireNonNull(result);
        indicator.position = position;
        indicator.redefine(definition, setting);
        return indicator;
    }

    /**
     * Takes the whole definition, or nothing of it: refused when it breaks a rule, alone or against the
     * programme and the values already reported.
     *
     * @throws InvalidInput with every rule the definition breaks, field by field
     */
    void redefine(IndicatorDefinition definition, IndicatorSetting setting) {
        List<Violation> found = new ArrayList<>(definition.violations());
        String newCode = codeFrom(definition, setting);
        if (setting.siblingCodes().contains(newCode)) {
            found.add(IndicatorDefinition.violation("code", "indicator.code.taken", newCode));
        }
        if (setting.values() > 0 && definition.getMeasureType() != measureType) {
            found.add(IndicatorDefinition.violation("measureType", "indicator.measureType.hasValues", setting.values()));
        }
        List<DisaggregationCategory> wanted = categoriesFrom(definition, setting, found);
        List<Organisation> partners = partnersFrom(definition, setting, found);
        Map<String, Map<Quarter, BigDecimal>> targetGrid = targetsFrom(definition, setting, found);
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        code = newCode;
        name = IndicatorDefinition.text(definition.getNameEn(), definition.getNameRu());
        definitionText(definition);
        measureType = definition.getMeasureType();
        timeAggregation = definition.getTimeAggregation();
        partnerAggregation = definition.getPartnerAggregation();
        direction = definition.getDirection();
        baseline = definition.getBaseline();
        baselineDate = definition.getBaselineDate();
        baselineSource = blankToNull(definition.getBaselineSource());
        lifeOfProgrammeTarget = definition.getLifeOfProgrammeTarget();
        scoreMin = definition.getScoreMin();
        scoreMax = definition.getScoreMax();
        scoreScale = IndicatorDefinition.text(definition.getScoreLevelsEn(), definition.getScoreLevelsRu());
        responsiblePartners.retainAll(partners);
        responsiblePartners.addAll(partners);
        breakDownBy(wanted);
        aimAt(targetGrid, setting.partners());
    }

    private void definitionText(IndicatorDefinition definition) {
        this.definition = IndicatorDefinition.text(definition.getDefinitionEn(), definition.getDefinitionRu());
        unit = IndicatorDefinition.text(definition.getUnitEn(), definition.getUnitRu());
        meansOfVerification = IndicatorDefinition.text(definition.getVerificationEn(), definition.getVerificationRu());
    }

    private String codeFrom(IndicatorDefinition definition, IndicatorSetting setting) {
        if (definition.getCode() != null && !definition.getCode().isBlank()) {
            return definition.getCode().trim();
        }
        return code != null ? code : nextCode(result, setting.siblingCodes());
    }

    /** The result's code and the first letter its indicators do not use yet: 1.2.a, 1.2.b… */
    static String nextCode(Result result, Set<String> siblingCodes) {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String candidate = result.getCode() + "." + letter;
            if (!siblingCodes.contains(candidate)) {
                return candidate;
            }
        }
        return result.getCode() + "." + (siblingCodes.size() + 1);
    }

    private List<DisaggregationCategory> categoriesFrom(IndicatorDefinition definition, IndicatorSetting setting,
                                                        List<Violation> found) {
        List<DisaggregationCategory> wanted = new ArrayList<>();
        for (String categoryCode : definition.categories()) {
            var category = setting.categories().get(categoryCode);
            if (category == null) {
                found.add(IndicatorDefinition.violation("categories", "indicator.categories.unknown", categoryCode));
            } else if (!category.isOffered() && categories.stream().noneMatch(c -> c.getCategory().getCode().equals(categoryCode))) {
                // a retired category stays in the cross-tabs that have it, and joins no other
                found.add(IndicatorDefinition.violation("categories", "indicator.categories.retired", category.getName()));
            } else {
                wanted.add(category);
            }
        }
        for (IndicatorCategory current : categories) {
            DisaggregationCategory category = current.getCategory();
            long values = definition.categories().contains(category.getCode()) ? 0
                    : setting.valuesBrokenDownBy().applyAsLong(category.getCode());
            if (values > 0) {
                found.add(IndicatorDefinition.violation("categories", "indicator.categories.hasValues",
                        category.getName(), values));
            }
        }
        return wanted;
    }

    private static List<Organisation> partnersFrom(IndicatorDefinition definition, IndicatorSetting setting,
                                                   List<Violation> found) {
        List<Organisation> partners = new ArrayList<>();
        for (String partnerCode : definition.partners()) {
            var partner = setting.partners().get(partnerCode);
            if (partner == null) {
                found.add(IndicatorDefinition.violation("responsiblePartners", "indicator.partner.notInProgramme", partnerCode));
            } else {
                partners.add(partner);
            }
        }
        return partners;
    }

    private static Map<String, Map<Quarter, BigDecimal>> targetsFrom(IndicatorDefinition definition,
                                                                     IndicatorSetting setting, List<Violation> found) {
        Map<String, Map<Quarter, BigDecimal>> grid = definition.targetsByPartner();
        grid.forEach((partner, byQuarter) -> {
            String field = partner == null ? "programmeTargets" : "partnerTargets";
            if (partner != null && !byQuarter.isEmpty() && !setting.partners().containsKey(partner)) {
                found.add(IndicatorDefinition.violation(field, "indicator.target.notAPartner", partner));
            }
            byQuarter.keySet().stream().filter(quarter -> !setting.quarters().contains(quarter)).forEach(quarter ->
                    found.add(IndicatorDefinition.violation(field, "indicator.target.outsideProgramme", quarter,
                            setting.quarters().from(), setting.quarters().to())));
        });
        return grid;
    }

    /** The cross-tab in the given order; categories kept move in place, so their rows are updated, not replaced. */
    private void breakDownBy(List<DisaggregationCategory> wanted) {
        Map<String, IndicatorCategory> current = new HashMap<>();
        categories.forEach(c -> current.put(c.getCategory().getCode(), c));
        categories.removeIf(c -> !wanted.contains(c.getCategory()));
        for (int i = 0; i < wanted.size(); i++) {
            IndicatorCategory kept = current.get(wanted.get(i).getCode());
            if (kept != null) {
                kept.moveTo(i + 1);
            } else {
                categories.add(new IndicatorCategory(this, wanted.get(i), i + 1));
            }
        }
    }

    /** Targets changed in place, added or removed one by one: a (partner, quarter) never appears twice. */
    private void aimAt(Map<String, Map<Quarter, BigDecimal>> grid, Map<String, Organisation> partners) {
        targets.removeIf(t -> !grid.getOrDefault(t.partnerCode(), Map.of()).containsKey(t.getQuarter()));
        Map<String, Map<Quarter, IndicatorTarget>> kept = new HashMap<>();
        targets.forEach(t -> kept.computeIfAbsent(t.partnerCode(), p -> new HashMap<>()).put(t.getQuarter(), t));
        grid.forEach((partner, byQuarter) -> byQuarter.forEach((quarter, target) -> {
            IndicatorTarget existing = kept.getOrDefault(partner, Map.of()).get(quarter);
            if (existing == null) {
                targets.add(new IndicatorTarget(this, partner == null ? null : partners.get(partner), quarter, target));
            } else if (existing.getTarget().compareTo(target) != 0) {
                existing.setTarget(target);
            }
        }));
    }

    /** The definition as the editor shows it and the API returns it. */
    IndicatorDefinition definition() {
        var d = new IndicatorDefinition();
        d.setCode(code);
        d.setNameEn(name.en());
        d.setNameRu(name.ru());
        d.setDefinitionEn(en(definition));
        d.setDefinitionRu(ru(definition));
        d.setUnitEn(en(unit));
        d.setUnitRu(ru(unit));
        d.setMeasureType(measureType);
        d.setTimeAggregation(timeAggregation);
        d.setPartnerAggregation(partnerAggregation);
        d.setDirection(direction);
        d.setBaseline(plain(baseline));
        d.setBaselineDate(baselineDate);
        d.setBaselineSource(baselineSource);
        d.setLifeOfProgrammeTarget(plain(lifeOfProgrammeTarget));
        d.setScoreMin(plain(scoreMin));
        d.setScoreMax(plain(scoreMax));
        d.setScoreLevelsEn(en(scoreScale));
        d.setScoreLevelsRu(ru(scoreScale));
        d.setVerificationEn(en(meansOfVerification));
        d.setVerificationRu(ru(meansOfVerification));
        d.setCategories(new ArrayList<>(categories.stream().map(c -> c.getCategory().getCode()).toList()));
        d.setResponsiblePartners(new ArrayList<>(responsiblePartners.stream().map(Organisation::getCode).sorted().toList()));
        for (IndicatorTarget target : targets) {
            Map<String, BigDecimal> row = target.getPartner() == null ? d.getProgrammeTargets()
                    : d.getPartnerTargets().computeIfAbsent(target.partnerCode(), p -> new TreeMap<>());
            row.put(target.getQuarter().toString(), plain(target.getTarget()));
        }
        return d;
    }

    /** As typed: 20, not 20.0000 (as stored) nor 2E+1 (as stripped). */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }

    private static String ru(LocalizedText text) {
        return text == null ? null : text.ru();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
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

    /** How many times its reported values changed: with the version, what its computed results depend on. */
    public long getValuesRevision() {
        return valuesRevision;
    }

    /** The quarter of its newest approved value, if it has one. */
    public Optional<Quarter> latestApprovedQuarter() {
        return Optional.ofNullable(latestApprovedPeriod).map(Quarter::ofPeriodIndex);
    }

    public long getVersion() {
        return version;
    }
}
