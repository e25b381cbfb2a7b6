package org.camove.reports.logframe;

import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds {@link LogframeReportRow}s to the template.
 * <p>
 * {@code JRBeanCollectionDataSource} cannot read records in JasperReports 7.0.6: its commons-beanutils2 looks for
 * {@code getDepth()} and fails with "Unknown property 'depth'". Mapping the fields by hand also turns a field
 * renamed in the template into an error at the first row rather than a silently empty column.
 */
final class LogframeRowDataSource implements JRDataSource {

    private final Iterator<LogframeReportRow> rows;
    private LogframeReportRow current;

    LogframeRowDataSource(List<LogframeReportRow> rows) {
        this.rows = rows.iterator();
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
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
