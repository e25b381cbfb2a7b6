package org.camove.web.logframe;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.camove.indicators.aggregation.Actual;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.logframe.MeasureType;

/** An indicator's figures to date as the logframe page shows them, formatted for the reader. */
public record IndicatorFigures(String actual, String percentOfTarget, String status) implements Serializable {

    static final IndicatorFigures NONE = new IndicatorFigures("", "", "NONE");

    /** yes and no: the reader's words for a milestone reached or not. */
    static IndicatorFigures of(IndicatorResult result, Locale locale, String yes, String no) {
        if (result == null) {
            return NONE;
        }
        var numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(result.measureType() == MeasureType.PERCENTAGE ? 1 : 2);
        String actual = result.measureType() == MeasureType.YES_NO && result.totalToDate() != null
                && result.totalToDate().hasValue()
                ? (result.totalToDate().value().signum() > 0 ? yes : no)
                : actual(result.totalToDate(), result.measureType(), numbers);
        return new IndicatorFigures(actual,
                result.percentOfTarget() == null ? "" : numbers.format(result.percentOfTarget()) + " %",
                result.status().name());
    }

    private static String actual(Actual total, MeasureType measure, NumberFormat numbers) {
        if (total == null || !total.hasValue() || measure == MeasureType.QUALITATIVE) {
            return "";
        }
        BigDecimal value = total.value();
        return numbers.format(value) + (measure == MeasureType.PERCENTAGE ? " %" : "");
    }
}
