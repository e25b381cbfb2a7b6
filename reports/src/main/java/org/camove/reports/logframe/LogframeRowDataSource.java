package org.camove.reports.logframe;

import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

import org.camove.reports.RowDataSource;

/** Feeds {@link LogframeReportRow}s to the template (see {@link RowDataSource} for why by hand). */
final class LogframeRowDataSource extends RowDataSource<LogframeReportRow> {

    LogframeRowDataSource(List<LogframeReportRow> rows) {
        super(rows);
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        var current = current();
        return switch (field.getName()) {
            case "depth" -> current.depth();
            case "code" -> current.code();
            case "levelName" -> current.levelName();
            case "statement" -> current.statement();
            case "indicator" -> current.indicator();
            case "unit" -> current.unit();
            case "baseline" -> current.baseline();
            case "target" -> current.target();
            default -> throw new JRException("The logframe template asks for an unknown field: " + field.getName());
        };
    }
}
