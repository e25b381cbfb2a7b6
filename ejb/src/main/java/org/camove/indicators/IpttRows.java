package org.camove.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camove.indicators.aggregation.Actual;
import org.camove.indicators.aggregation.DisaggregatedSubtotal;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.LatestNarrative;
import org.camove.indicators.aggregation.OptionCombination;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.LogframeView;
import org.camove.logframe.MeasureType;
import org.camove.reports.iptt.IpttFigure;
import org.camove.reports.iptt.IpttRow;

/**
 * The IPTT's lines from the logframe tree and the engine's results, figures taken as the engine computed them:
 * each result, then its indicators, each followed by its subtotals by category option and, for a qualitative
 * indicator, its latest answer. Nothing here adds, averages or rounds.
 */
final class IpttRows {

    /** A category option's name for the reader and where it sorts: by category, then by option. */
    record OptionName(String label, int categoryPosition, int optionPosition) {
    }

    private final ProgrammeResults results;
    private final List<Quarter> quarters;
    private final Map<String, OptionName> optionNames;

    /** @param optionNames by category and option code, written like {@code SEX=F} */
    IpttRows(ProgrammeResults results, Map<String, OptionName> optionNames) {
        this.results = results;
        this.quarters = results.periods().quarters();
        this.optionNames = optionNames;
    }

    List<IpttRow> of(LogframeView logframe) {
        List<IpttRow> rows = new ArrayList<>();
        for (LogframeView.Node node : logframe.resultsInOrder()) {
            // the report indents from depth 0; logframe levels count from 1
            rows.add(IpttRow.result(node.depth() - 1, node.code(), node.levelName(), node.statement()));
            for (LogframeView.IndicatorLine line : node.indicators()) {
                IndicatorResult result = results.of(line.id());
                if (result != null) {
                    addIndicator(rows, node.depth(), line, result);
                }
            }
        }
        return rows;
    }

    private void addIndicator(List<IpttRow> rows, int depth, LogframeView.IndicatorLine line, IndicatorResult result) {
        MeasureType measure = result.measureType();
        List<IpttFigure> targets = new ArrayList<>();
        List<IpttFigure> actuals = new ArrayList<>();
        for (Quarter quarter : quarters) {
            var period = result.period(quarter);
            targets.add(figure(measure, period.target()));
            actuals.add(figure(measure, period.actual()));
        }
        var answer = result.latestNarrative();
        IpttFigure total = measure == MeasureType.QUALITATIVE
                ? IpttFigure.number(answer.map(a -> a.narrative().score()).orElse(null))
                : figure(measure, result.totalToDate());
        rows.add(IpttRow.indicator(depth, line.code(), line.name(), line.unit(),
                figure(measure, result.baseline() == null ? null : result.baseline().value()),
                figure(measure, result.lifeOfProgrammeTarget()), targets, actuals, total, result.percentOfTarget(),
                IpttRow.Status.valueOf(result.status().name())));
        result.subtotalsByOption().stream()
                .sorted(Comparator.comparing((DisaggregatedSubtotal s) -> name(s.options()).categoryPosition())
                        .thenComparing(s -> name(s.options()).optionPosition()))
                .forEach(subtotal -> rows.add(IpttRow.subtotal(depth, name(subtotal.options()).label(),
                        quarters.stream().map(q -> figure(measure, subtotal.actualIn(q))).toList(),
                        figure(measure, subtotal.totalToDate()))));
        answer.map(LatestNarrative::narrative).ifPresent(narrative ->
                rows.add(IpttRow.answer(depth, answer.get().quarter().toString(), narrative.text())));
    }

    private OptionName name(OptionCombination options) {
        String key = options.options().entrySet().iterator().next().getKey() + "=" + options.options().values().iterator().next();
        return optionNames.getOrDefault(key, new OptionName(key, Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    private static IpttFigure figure(MeasureType measure, Actual actual) {
        return actual == null || !actual.hasValue() ? null : figure(measure, actual.value());
    }

    /** A stored or computed value as its measure shows it; qualitative targets and baselines are scores. */
    private static IpttFigure figure(MeasureType measure, BigDecimal value) {
        return switch (measure) {
            case PERCENTAGE -> IpttFigure.percent(value);
            case YES_NO -> IpttFigure.milestone(value);
            case NUMBER, QUALITATIVE -> IpttFigure.number(value);
        };
    }

    /** The reader's name of a country given by its ISO code, e.g. Kyrgyzstan or Киргизия for KG. */
    static String countryName(String code, Locale locale) {
        return code == null ? null : new Locale("", code).getDisplayCountry(locale);
    }
}
