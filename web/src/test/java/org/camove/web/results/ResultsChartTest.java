package org.camove.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.web.results.Results.BISHKEK;
import static org.camove.web.results.Results.OSH;
import static org.camove.web.results.Results.computed;
import static org.camove.web.results.Results.sexByAge;
import static org.camove.web.results.Results.value;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.camove.indicators.IndicatorDescription;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

class ResultsChartTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void quartersThatAddUpAreBarsOfEachQuartersTargetAndActual() {
        JsonObject chart = chart(sexByAge(TimeAggregation.SUM), TimeAggregation.SUM, Locale.ENGLISH);
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("2026-Q1", "2026-Q2");
        assertThat(labels(chart)).containsExactly("Target", "Actual");
        assertThat(numbers(chart, 0)).containsExactly(50.0, 60.0);
        assertThat(numbers(chart, 1)).containsExactly(100.0, 1000.0);
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("title").getString("text")).isEqualTo("people");
    }

    @Test
    void aCumulativeIndicatorIsALineOfRunningTotalsLabelledInTheReadersLanguage() {
        JsonObject chart = chart(sexByAge(TimeAggregation.CUMULATIVE), TimeAggregation.CUMULATIVE, RUSSIAN);
        assertThat(chart.getString("type")).isEqualTo("line");
        assertThat(labels(chart)).containsExactly("Цель, нарастающим итогом", "Факт, нарастающим итогом");
        // Bishkek's running total 100 carries into 2026-Q2, where Osh adds its 1000
        assertThat(numbers(chart, 1)).containsExactly(100.0, 1100.0);
        var options = chart.getJsonObject("options");
        assertThat(options.getString("locale")).isEqualTo("ru");
        assertThat(options.getJsonObject("scales").getJsonObject("x").getJsonObject("title").getString("text")).isEqualTo("Квартал");
    }

    @Test
    void milestonesAndQualitativeAnswersHaveNoChart() {
        for (MeasureType measure : List.of(MeasureType.YES_NO, MeasureType.QUALITATIVE)) {
            var indicator = new IndicatorDescription(1, "P", null, null, "1", "n", "", measure, TimeAggregation.LATEST, List.of());
            assertThat(ResultsChart.of(indicator, computed(TimeAggregation.LATEST), bundle(Locale.ENGLISH), Locale.ENGLISH)).isNull();
        }
    }

    private static JsonObject chart(IndicatorDescription indicator, TimeAggregation overTime, Locale locale) {
        var result = computed(overTime, value(BISHKEK, "2026-Q1", 10, 20, 30, 40), value(OSH, "2026-Q2", 100, 200, 300, 400));
        try (var reader = Json.createReader(new StringReader(ResultsChart.of(indicator, result, bundle(locale), locale)))) {
            return reader.readObject();
        }
    }

    private static List<String> labels(JsonObject chart) {
        return chart.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("label")).toList();
    }

    private static List<Double> numbers(JsonObject chart, int dataset) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data").stream()
                .map(v -> v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).doubleValue()).toList();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.camove.web.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
