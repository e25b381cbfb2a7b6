package org.camove.web.results;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.camove.indicators.IndicatorDescription;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.PeriodResult;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;

/**
 * An indicator's target and actual by quarter as a Chart.js configuration for {@code p:chart}: bars for
 * indicators whose quarters add up (SUM), lines for running totals (CUMULATIVE, whose every point already is
 * the total to that quarter), levels and percentages. Yes/no milestones and qualitative answers have no chart.
 * Texts come from the pages' bundle; numbers are formatted by Chart.js in the reader's locale.
 */
public final class ResultsChart {

    /** The JavaScript function that adds % signs to a percentage chart's axis and tooltips. */
    public static final String PERCENT_EXTENDER = "camovePercentChart";

    private ResultsChart() {
    }

    public static boolean applies(MeasureType measure) {
        return measure == MeasureType.NUMBER || measure == MeasureType.PERCENTAGE;
    }

    /** The configuration as JSON, or null when the indicator has no chart. */
    public static String of(IndicatorDescription indicator, IndicatorResult result, ResourceBundle messages, Locale locale) {
        if (!applies(indicator.measureType())) {
            return null;
        }
        boolean running = indicator.timeAggregation() == TimeAggregation.CUMULATIVE;
        boolean bars = indicator.timeAggregation() == TimeAggregation.SUM;
        JsonArrayBuilder quarters = Json.createArrayBuilder();
        result.periods().forEach(p -> quarters.add(p.quarter().toString()));
        var data = Json.createObjectBuilder().add("labels", quarters).add("datasets", Json.createArrayBuilder()
                .add(dataset(messages.getString(running ? "chart.targetRunning" : "chart.target"), result,
                        PeriodResult::target, "#9aa5b1", "rgba(154,165,177,0.45)", !bars))
                .add(dataset(messages.getString(running ? "chart.actualRunning" : "chart.actual"), result,
                        p -> p.actual() == null ? null : p.actual().value(), "#1d4e89", "rgba(29,78,137,0.75)", false)));
        String unit = indicator.measureType() == MeasureType.PERCENTAGE ? "%" : indicator.unit();
        var options = Json.createObjectBuilder()
                .add("locale", locale.toLanguageTag())
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                        .add("tooltip", Json.createObjectBuilder().add("mode", "index").add("intersect", false)))
                .add("scales", Json.createObjectBuilder()
                        .add("x", axis(messages.getString("chart.quarter")))
                        .add("y", axis(unit).add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", bars ? "bar" : "line").add("data", data).add("options", options)
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, IndicatorResult result,
                                                          Function<PeriodResult, BigDecimal> figure, String line,
                                                          String fill, boolean dashed) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        result.periods().forEach(p -> {
            BigDecimal value = figure.apply(p);
            if (value == null) {
                values.addNull();
            } else {
                values.add(value);
            }
        });
        var dataset = Json.createObjectBuilder().add("label", label).add("data", values)
                .add("borderColor", line).add("backgroundColor", fill).add("borderWidth", 2).add("spanGaps", true);
        if (dashed) {
            dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return dataset;
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }
}
