package org.camove.web.logframe;

import java.io.Serializable;
import java.util.List;
import org.camove.logframe.LogframeView;

/**
 * One line of the logframe tree table: a result or one of its indicators (id: the result's or the indicator's).
 * {@code spend}: a result's spend, one amount per currency, or an indicator's cost per unit; empty when none.
 */
public record LogframeRow(long id, String kind, String code, String level, String text, String detail,
                          String unit, String baseline, String target, IndicatorFigures figures, List<String> spend)
        implements Serializable {

    public LogframeRow {
        spend = List.copyOf(spend);
    }

    static final String RESULT = "result";
    static final String INDICATOR = "indicator";

    static LogframeRow of(LogframeView.Node node, List<String> spend) {
        return new LogframeRow(node.id(), RESULT, node.code(), node.levelName(), node.statement(), node.assumptions(),
                "", "", "", IndicatorFigures.NONE, spend);
    }

    static LogframeRow of(LogframeView.IndicatorLine indicator, IndicatorFigures figures, List<String> costPerUnit) {
        return new LogframeRow(indicator.id(), INDICATOR, indicator.code(), null, indicator.name(),
                null, indicator.unit(), indicator.baseline(), indicator.target(), figures, costPerUnit);
    }

    public boolean indicator() {
        return INDICATOR.equals(kind);
    }
}
