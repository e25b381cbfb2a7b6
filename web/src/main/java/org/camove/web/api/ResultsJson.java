package org.camove.web.api;

import static java.util.stream.Collectors.joining;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.ProgrammeResults;
import org.camove.indicators.aggregation.Actual;
import org.camove.indicators.aggregation.DisaggregatedSubtotal;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.OnTrackStatus;
import org.camove.indicators.aggregation.OptionCombination;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.logframe.MeasureType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Results", description = "Computed results of one or all indicators of a programme for a scope")
public record ResultsJson(String programme, Scope scope, List<IndicatorResultJson> indicators) {

    @Schema(name = "ResultsScope", description = "What the figures cover: partners, quarters, and whether pending values count")
    public record Scope(String country, String partner, @Schema(example = "2025-Q1") String from,
                        @Schema(example = "2026-Q2") String to, boolean includePending,
                        @Schema(description = "Codes of the partners whose values count") List<String> partners) {
    }

    @Schema(name = "IndicatorResult")
    public record IndicatorResultJson(long indicatorId, String indicatorCode, MeasureType measureType,
                                      IndicatorJson.Baseline baseline, BigDecimal lifeOfProgrammeTarget,
                                      List<Period> periods, Figure totalToDate, BigDecimal targetToDate,
                                      @Schema(description = "Total to date / target to date × 100, one decimal")
                                      BigDecimal percentOfTarget,
                                      OnTrackStatus status, List<FlagJson> flags,
                                      @Schema(description = "By category option codes: single options (SEX=F) and cross-tab cells (AGE=18-35;SEX=F)")
                                      Map<String, Subtotal> disaggregation,
                                      @Schema(description = "Qualitative indicators: each partner's latest answer")
                                      List<NarrativeJson> narratives) {
    }

    @Schema(name = "PeriodResult")
    public record Period(@Schema(example = "2026-Q1") String quarter, Figure actual, BigDecimal target) {
    }

    @Schema(name = "Figure", description = "An actual: a number, or for percentages the percentage with the pooled numerator and denominator")
    public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

        static Figure from(Actual actual) {
            return actual == null ? null : new Figure(Decimals.plain(actual.value()),
                    Decimals.plain(actual.numerator()), Decimals.plain(actual.denominator()));
        }
    }

    @Schema(name = "Flag", description = "Something a reviewer should look at in the values behind a result")
    public record FlagJson(String kind, String partner, String quarter) {
    }

    @Schema(name = "DisaggregatedSubtotal")
    public record Subtotal(Figure totalToDate, Map<String, Figure> byPeriod) {
    }

    @Schema(name = "Narrative")
    public record NarrativeJson(String partner, String quarter, String text, BigDecimal score) {
    }

    /** The indicators in the order of {@code indicatorCodes}. */
    static ResultsJson from(ProgrammeResults results, Map<Long, String> indicatorCodes) {
        Map<PartnerId, String> partnerCodes = results.partners().stream()
                .collect(Collectors.toMap(p -> PartnerId.of(p.id()), ProgrammePartner::code));
        var filter = results.filter();
        var scope = new Scope(filter.country(), filter.partner(), results.periods().from().toString(),
                results.periods().to().toString(), filter.includePending(),
                results.partners().stream().map(ProgrammePartner::code).toList());
        return new ResultsJson(results.programmeCode(), scope, indicatorCodes.entrySet().stream()
                .filter(indicator -> results.byIndicator().containsKey(indicator.getKey()))
                .map(indicator -> indicator(indicator.getKey(), indicator.getValue(), results.of(indicator.getKey()),
                        partnerCodes::get)).toList());
    }

    private static IndicatorResultJson indicator(long id, String code, IndicatorResult r, Function<PartnerId, String> partner) {
        Map<String, Subtotal> disaggregation = new LinkedHashMap<>();
        Stream.concat(r.subtotalsByOption().stream(), r.subtotalsByCombination().stream())
                .forEach(subtotal -> disaggregation.put(key(subtotal.options()), subtotal(subtotal)));
        return new IndicatorResultJson(id, code, r.measureType(),
                r.baseline() == null ? null : new IndicatorJson.Baseline(Decimals.plain(r.baseline().value()),
                        r.baseline().date(), r.baseline().source()),
                Decimals.plain(r.lifeOfProgrammeTarget()),
                r.periods().stream().map(p -> new Period(p.quarter().toString(), Figure.from(p.actual()),
                        Decimals.plain(p.target()))).toList(),
                Figure.from(r.totalToDate()), Decimals.plain(r.targetToDate()), r.percentOfTarget(), r.status(),
                r.flags().stream().map(f -> new FlagJson(f.kind().name(), partner.apply(f.partner()), f.quarter().toString()))
                        .toList(),
                disaggregation,
                r.latestNarratives().stream().map(n -> new NarrativeJson(partner.apply(n.partner()), n.quarter().toString(),
                        n.narrative().text(), Decimals.plain(n.narrative().score()))).toList());
    }

    private static Subtotal subtotal(DisaggregatedSubtotal subtotal) {
        Map<String, Figure> byPeriod = new LinkedHashMap<>();
        subtotal.actualByPeriod().forEach((quarter, actual) -> byPeriod.put(quarter.toString(), Figure.from(actual)));
        return new Subtotal(Figure.from(subtotal.totalToDate()), byPeriod);
    }

    /** As stored in the database's cells: category=option pairs sorted by category, e.g. AGE=18-35;SEX=F. */
    static String key(OptionCombination options) {
        return options.options().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(joining(";"));
    }
}
