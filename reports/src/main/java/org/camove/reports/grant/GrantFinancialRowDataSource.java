package org.camove.reports.grant;

import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

import org.camove.reports.RowDataSource;

/**
 * Feeds {@link GrantFinancialRow}s to the template: {@code kind, label, text, wide}, and per cell {@code n1..n14} (number),
 * {@code p1..p14} (its pattern) and {@code t1..t14} (text). By hand: see
 * {@link RowDataSource}.
 */
final class GrantFinancialRowDataSource extends RowDataSource<GrantFinancialRow> {

    GrantFinancialRowDataSource(List<GrantFinancialRow> rows) {
        super(rows);
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        String name = field.getName();
        var current = current();
        switch (name) {
            case "kind":
                return current.kind().name();
            case "label":
                return current.label();
            case "text":
                return current.text();
            case "wide":
                return current.wide();
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
