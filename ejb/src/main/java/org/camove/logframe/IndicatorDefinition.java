package org.camove.logframe;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LocalizedText;

/**
 * An indicator's full definition as a programme manager writes it in the editor (or a client sends it to
 * the API): texts in English and Russian, rules, baseline, targets per quarter (written like 2026-Q1) for
 * the programme and per partner (by organisation code), disaggregation categories in cross-tab order (by
 * code) and responsible partners (by code). Property names are the field names of refusals.
 * <p>
 * {@link #violations()} checks what the definition alone decides; what needs the programme or stored values
 * (quarters, partners, values already reported) is checked by {@link Indicator} when it takes the definition.
 */
public class IndicatorDefinition implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CODE_LENGTH = 20;

    private String code;
    private String nameEn;
    private String nameRu;
    private String definitionEn;
    private String definitionRu;
    private String unitEn;
    private String unitRu;
    private MeasureType measureType = MeasureType.NUMBER;
    private TimeAggregation timeAggregation = TimeAggregation.SUM;
    private PartnerAggregation partnerAggregation = PartnerAggregation.SUM;
    private Direction direction = Direction.INCREASE;
    private BigDecimal baseline;
    private LocalDate baselineDate;
    private String baselineSource;
    private BigDecimal lifeOfProgrammeTarget;
    private BigDecimal scoreMin;
    private BigDecimal scoreMax;
    private String scoreLevelsEn;
    private String scoreLevelsRu;
    private String verificationEn;
    private String verificationRu;
    private List<String> categories = new ArrayList<>();
    private List<String> responsiblePartners = new ArrayList<>();
    private Map<String, BigDecimal> programmeTargets = new TreeMap<>();
    private Map<String, Map<String, BigDecimal>> partnerTargets = new TreeMap<>();

    /** The refusals this definition earns on its own, field by field; empty when it is sound. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (isBlank(nameEn)) {
            found.add(violation("nameEn", "indicator.name.required"));
        }
        englishBesideRussian(found, "definitionEn", definitionEn, definitionRu);
        englishBesideRussian(found, "unitEn", unitEn, unitRu);
        englishBesideRussian(found, "scoreLevelsEn", scoreLevelsEn, scoreLevelsRu);
        englishBesideRussian(found, "verificationEn", verificationEn, verificationRu);
        if (code != null && code.trim().length() > CODE_LENGTH) {
            found.add(violation("code", "indicator.code.tooLong", CODE_LENGTH));
        }
        if (measureType == null || timeAggregation == null || partnerAggregation == null || direction == null) {
            found.add(violation(measureType == null ? "measureType" : timeAggregation == null ? "timeAggregation"
                    : partnerAggregation == null ? "partnerAggregation" : "direction", "indicator.choice.required"));
            return found;
        }
        boolean percentage = measureType == MeasureType.PERCENTAGE;
        if (percentage && partnerAggregation != PartnerAggregation.POOLED) {
            found.add(violation("partnerAggregation", "indicator.percentage.mustPool"));
        } else if (!percentage && partnerAggregation == PartnerAggregation.POOLED) {
            found.add(violation("partnerAggregation", "indicator.pooled.percentageOnly"));
        }
        if (!categories().isEmpty() && (measureType == MeasureType.YES_NO || measureType == MeasureType.QUALITATIVE)) {
            found.add(violation("categories", "indicator.categories.notForMeasure"));
        }
        scoreScaleViolations(found);
        if (direction == Direction.DECREASE && baseline == null) {
            found.add(violation("baseline", "indicator.decrease.needsBaseline"));
        }
        targetViolations(found);
        return found;
    }

    private void scoreScaleViolations(List<Violation> found) {
        boolean scaled = scoreMin != null || scoreMax != null || !isBlank(scoreLevelsEn);
        if (!scaled) {
            return;
        }
        if (measureType != MeasureType.QUALITATIVE) {
            found.add(violation("scoreMin", "indicator.scale.qualitativeOnly"));
        } else if (scoreMin == null || scoreMax == null) {
            found.add(violation(scoreMin == null ? "scoreMin" : "scoreMax", "indicator.scale.incomplete"));
        } else if (scoreMin.compareTo(scoreMax) >= 0) {
            found.add(violation("scoreMax", "indicator.scale.reversed", scoreMin, scoreMax));
        }
    }

    private void targetViolations(List<Violation> found) {
        if (measureType == MeasureType.NUMBER && lifeOfProgrammeTarget != null && lifeOfProgrammeTarget.signum() < 0) {
            found.add(violation("lifeOfProgrammeTarget", "indicator.target.negative", lifeOfProgrammeTarget));
        }
        checkTargets(found, "programmeTargets", programmeTargets);
        partnerTargets.forEach((partner, targets) -> checkTargets(found, "partnerTargets", targets));
    }

    private void checkTargets(List<Violation> found, String field, Map<String, BigDecimal> targets) {
        if (targets == null) {
            return;
        }
        targets.forEach((quarter, target) -> {
            if (target == null) {
                return;
            }
            try {
                Quarter.parse(quarter);
            } catch (IllegalArgumentException e) {
                found.add(violation(field, "indicator.target.badQuarter", quarter));
                return;
            }
            if (measureType == MeasureType.NUMBER && target.signum() < 0) {
                found.add(violation(field, "indicator.target.negative", target));
            }
        });
    }

    private static void englishBesideRussian(List<Violation> found, String field, String en, String ru) {
        if (isBlank(en) && !isBlank(ru)) {
            found.add(violation(field, "indicator.text.englishRequired"));
        }
    }

    static Violation violation(String field, String key, Object... arguments) {
        return new Violation(field, key, List.of(arguments));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** English and Russian as one text, or null when both are blank. */
    static LocalizedText text(String en, String ru) {
        if (isBlank(en) && isBlank(ru)) {
            return null;
        }
        return LocalizedText.of(isBlank(en) ? "" : en.trim(), isBlank(ru) ? null : ru.trim());
    }

    /** The targets that are set, per quarter, for the programme (partner null) and each partner. */
    Map<String, Map<Quarter, BigDecimal>> targetsByPartner() {
        Map<String, Map<Quarter, BigDecimal>> all = new LinkedHashMap<>();
        all.put(null, quarters(programmeTargets));
        partnerTargets.forEach((partner, targets) -> all.put(partner, quarters(targets)));
        return all;
    }

    private static Map<Quarter, BigDecimal> quarters(Map<String, BigDecimal> targets) {
        Map<Quarter, BigDecimal> byQuarter = new TreeMap<>();
        if (targets != null) {
            targets.forEach((quarter, target) -> {
                try {
                    if (target != null) {
                        byQuarter.put(Quarter.parse(quarter), target);
                    }
                } catch (IllegalArgumentException e) {
                    // refused by violations(), field by field
                }
            });
        }
        return byQuarter;
    }

    /** The categories' codes, without blanks or repeats, in cross-tab order. */
    List<String> categories() {
        return categories == null ? List.of()
                : categories.stream().filter(c -> !isBlank(c)).map(String::trim).distinct().toList();
    }

    List<String> partners() {
        return responsiblePartners == null ? List.of()
                : responsiblePartners.stream().filter(c -> !isBlank(c)).map(String::trim).distinct().toList();
    }

    // JavaBean properties, for the editor's form and the API's JSON

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getDefinitionEn() {
        return definitionEn;
    }

    public void setDefinitionEn(String definitionEn) {
        this.definitionEn = definitionEn;
    }

    public String getDefinitionRu() {
        return definitionRu;
    }

    public void setDefinitionRu(String definitionRu) {
        this.definitionRu = definitionRu;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public String getUnitRu() {
        return unitRu;
    }

    public void setUnitRu(String unitRu) {
        this.unitRu = unitRu;
    }

    public MeasureType getMeasureType() {
        return measureType;
    }

    public void setMeasureType(MeasureType measureType) {
        this.measureType = measureType;
    }

    public TimeAggregation getTimeAggregation() {
        return timeAggregation;
    }

    public void setTimeAggregation(TimeAggregation timeAggregation) {
        this.timeAggregation = timeAggregation;
    }

    public PartnerAggregation getPartnerAggregation() {
        return partnerAggregation;
    }

    public void setPartnerAggregation(PartnerAggregation partnerAggregation) {
        this.partnerAggregation = partnerAggregation;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public String getBaselineSource() {
        return baselineSource;
    }

    public void setBaselineSource(String baselineSource) {
        this.baselineSource = baselineSource;
    }

    public BigDecimal getLifeOfProgrammeTarget() {
        return lifeOfProgrammeTarget;
    }

    public void setLifeOfProgrammeTarget(BigDecimal lifeOfProgrammeTarget) {
        this.lifeOfProgrammeTarget = lifeOfProgrammeTarget;
    }

    public BigDecimal getScoreMin() {
        return scoreMin;
    }

    public void setScoreMin(BigDecimal scoreMin) {
        this.scoreMin = scoreMin;
    }

    public BigDecimal getScoreMax() {
        return scoreMax;
    }

    public void setScoreMax(BigDecimal scoreMax) {
        this.scoreMax = scoreMax;
    }

    public String getScoreLevelsEn() {
        return scoreLevelsEn;
    }

    public void setScoreLevelsEn(String scoreLevelsEn) {
        this.scoreLevelsEn = scoreLevelsEn;
    }

    public String getScoreLevelsRu() {
        return scoreLevelsRu;
    }

    public void setScoreLevelsRu(String scoreLevelsRu) {
        this.scoreLevelsRu = scoreLevelsRu;
    }

    public String getVerificationEn() {
        return verificationEn;
    }

    public void setVerificationEn(String verificationEn) {
        this.verificationEn = verificationEn;
    }

    public String getVerificationRu() {
        return verificationRu;
    }

    public void setVerificationRu(String verificationRu) {
        this.verificationRu = verificationRu;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public List<String> getResponsiblePartners() {
        return responsiblePartners;
    }

    public void setResponsiblePartners(List<String> responsiblePartners) {
        this.responsiblePartners = responsiblePartners;
    }

    /** Quarter (2026-Q1) to the programme's target for it. */
    public Map<String, BigDecimal> getProgrammeTargets() {
        return programmeTargets;
    }

    public void setProgrammeTargets(Map<String, BigDecimal> programmeTargets) {
        this.programmeTargets = programmeTargets;
    }

    /** Partner code (KG-02) to quarter (2026-Q1) to that partner's target for it. */
    public Map<String, Map<String, BigDecimal>> getPartnerTargets() {
        return partnerTargets;
    }

    public void setPartnerTargets(Map<String, Map<String, BigDecimal>> partnerTargets) {
        this.partnerTargets = partnerTargets;
    }
}
