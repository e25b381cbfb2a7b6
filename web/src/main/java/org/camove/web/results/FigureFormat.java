package org.camove.web.results;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.camove.indicators.aggregation.Actual;
import org.camove.logframe.MeasureType;

/**
 * Writes an indicator's figures for a reader: numbers grouped as in the reader's language, percentages
 * with one decimal and a % sign, milestones as the reader's yes or no, nothing for qualitative answers.
 */
public final class FigureFormat {

    private final MeasureType measure;
    private final NumberFormat numbers;
    private final NumberFormat percents;
    private final String yes;
    private final String no;

    public FigureFormat(MeasureType measure, Locale locale, String yes, String no) {
        this.measure = measure;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(measure == MeasureType.PERCENTAGE ? 1 : 2);
        this.percents = NumberFormat.getNumberInstance(locale);
        percents.setMaximumFractionDigits(1);
        this.yes = yes;
        this.no = no;
    }

    /** An actual; empty when there is none. */
    public String actual(Actual actual) {
        if (actual == null || !actual.hasValue() || measure == MeasureType.QUALITATIVE) {
            return "";
        }
        if (measure == MeasureType.YES_NO) {
            return actual.value().signum() > 0 ? yes : no;
        }
        return number(actual.value());
    }

    /** A target or another figure in the indicator's unit; empty when there is none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return numbers.format(value) + (measure == MeasureType.PERCENTAGE ? " %" : "");
    }

    /** A % of target, always with a % sign. */
    public String percent(BigDecimal percent) {
        return percent == null ? "" : percents.format(percent) + " %";
    }
}
