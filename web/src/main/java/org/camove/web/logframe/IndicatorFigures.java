package org.camove.web.logframe;

import java.io.Serializable;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.web.results.FigureFormat;

/** An indicator's figures to date as the logframe page shows them, formatted for the reader. */
public record IndicatorFigures(String actual, String percentOfTarget, String status) implements Serializable {

    static final IndicatorFigures NONE = new IndicatorFigures("", "", "NONE");

    static IndicatorFigures of(IndicatorResult result, FigureFormat format) {
        if (result == null) {
            return NONE;
        }
        return new IndicatorFigures(format.actual(result.totalToDate()), format.percent(result.percentOfTarget()),
                result.status().name());
    }
}
