package org.camove.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camove.indicators.IndicatorReferenceSheet;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "An indicator's full definition, texts in both languages")
public record IndicatorJson(long id,
                            @Schema(description = "The optimistic-lock version an update must quote") long version,
                            String programme, @Schema(description = "The code of the result it measures") String result,
                            String code, TextJson name, TextJson definition, TextJson unit, MeasureType measureType,
                            @Schema(description = "How quarters make a total to date") TimeAggregation timeAggregation,
                            @Schema(description = "How partners' figures combine; percentages always pool numerators and denominators")
                            PartnerAggregation partnerAggregation,
                            @Schema(description = "Whether higher (INCREASE) or lower (DECREASE) is better") Direction direction,
                            Baseline baseline, BigDecimal lifeOfProgrammeTarget, TextJson meansOfVerification,
                            ScoreScale scoreScale,
                            @Schema(description = "The categories of the cross-tab, in cross-tab order") List<Category> disaggregation,
                            List<Target> targets,
                            @Schema(description = "Codes of the partner organisations responsible for reporting it")
                            List<String> responsiblePartners) {

    public record Baseline(BigDecimal value, LocalDate date, String source) {
    }

    @Schema(description = "The scale qualitative answers are scored on")
    public record ScoreScale(BigDecimal min, BigDecimal max, TextJson levels) {
    }

    @Schema(name = "DisaggregationCategory")
    public record Category(@Schema(example = "SEX") String code, TextJson name, List<Option> options) {
    }

    @Schema(name = "CategoryOption")
    public record Option(@Schema(example = "F") String code, TextJson name) {
    }

    @Schema(description = "A quarter's target: the programme's, or one partner's when partner is set")
    public record Target(@Schema(example = "2026-Q1") String quarter,
                         @Schema(description = "Partner organisation code; absent for the programme's target") String partner,
                         BigDecimal target) {
    }

    static IndicatorJson from(IndicatorReferenceSheet d) {
        return new IndicatorJson(d.id(), d.version(), d.programmeCode(), d.resultCode(), d.code(), TextJson.from(d.name()),
                TextJson.from(d.definition()), TextJson.from(d.unit()), d.measureType(), d.timeAggregation(),
                d.partnerAggregation(), d.direction(),
                d.baseline() == null ? null
                        : new Baseline(Decimals.plain(d.baseline().value()), d.baseline().date(), d.baseline().source()),
                Decimals.plain(d.lifeOfProgrammeTarget()), TextJson.from(d.meansOfVerification()),
                d.scoreScale() == null ? null : new ScoreScale(Decimals.plain(d.scoreScale().min()),
                        Decimals.plain(d.scoreScale().max()), TextJson.from(d.scoreScale().levels())),
                d.disaggregation().stream().map(c -> new Category(c.code(), TextJson.from(c.name()),
                        c.options().stream().map(o -> new Option(o.code(), TextJson.from(o.name()))).toList())).toList(),
                d.targets().stream().map(t -> new Target(t.quarter().toString(), t.partner(), Decimals.plain(t.target())))
                        .toList(),
                d.responsiblePartners());
    }
}
