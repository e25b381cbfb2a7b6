package org.camove.reports.grant;

import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds {@link GrantFinancialRow}s to the template: {@code kind, label, text}, and per cell {@code n1..n14} (number),
 * {@code p1..p14} (its pattern) and {@code t1..t14} (text). By hand, not a bean data source, for the reason
 * {@code LogframeRowDataSource} gives.
 */
final class GrantFinancialRowDataSource implements JRDataSource {

    private final Iterator<GrantFinancialRow> rows;
    private GrantFinancialRow current;

    GrantFinancialRowDataSource(List<GrantFinancialRow> rows) {
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
        String name = field.getName();
        switch (name) {
            case "kind":
                return current.kind().name();
            case "label":
                return current.label();
            case "text":
                return current.text();
            default:
                break;
        }
        if (name.length() >= 2 && "npt".indexOf(name.charAt(0)) >= 0 && name.substring(1).chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(name.substring(1)) - 1;
            var cell = current.cell(index);
            if (cell == null) {
                return null;
            }
            return switch (name.charAt(0)) {
                case 'n' -> cell.number();
                case 'p' -> cell.pattern();
                default -> cell.text();
            };
        }
        throw new JRException("The grant financial template asks for an unknown field: " + name);
    }
}
