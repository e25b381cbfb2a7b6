package org.camove.web.logframe;

import java.io.Serializable;
import org.camove.logframe.LogframeView;

/** One line of the logframe tree table: a result or one of its indicators (id: the result's or the indicator's). */
public record LogframeRow(long id, String kind, String code, String level, String text, String detail,
                          String unit, String baseline, String target, IndicatorFigures figures) implements Serializable {

    static final String RESULT = "result";
    static final String INDICATOR = "indicator";

    static LogframeRow of(LogframeView.Node node) {
        return new LogframeRow(node.id(), RESULT, node.code(), node.levelName(), node.statement(), node.assumptions(),
                "", "", "", IndicatorFigures.NONE);
    }

    static LogframeRow of(LogframeView.IndicatorLine indicator, IndicatorFigures figures) {
        return new LogframeRow(indicator.id(), INDICATOR, indicator.code(), null, indicator.name(),
                null, indicator.unit(), indicator.baseline(), indicator.target(), figures);
    }

    public boolean indicator() {
        return INDICATOR.equals(kind);
    }
}
