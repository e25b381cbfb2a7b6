package org.camove.reports.iptt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds the IPTT template: the whole table once per calendar year of the report's quarters (the template's
 * section), each year with its four quarter columns. A figure {@code x} goes out as three fields: {@code x}, the
 * number (so the spreadsheet gets a numeric cell), {@code xPattern}, how to print it, and {@code xText}, the words
 * when it is not a number (yes/no, an answer).
 * <p>
 * Fields are mapped by hand for the reason given in {@code LogframeRowDataSource}: records are not beans to
 * JasperReports 7.0.6, and a misspelt field fails at the first row.
 */
final class IpttRowDataSource implements JRDataSource {

    static final int QUARTERS_PER_SECTION = 4;
    private static final int LONGEST_ANSWER = 280;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A calendar year of the report: its quarters' positions in the report's quarter list, by quarter number. */
    private record Section(String year, Integer[] quarterIndex) {
    }

    private final List<Section> sections = new ArrayList<>();
    private final List<IpttRow> rows;
    private final List<String> quarters;
    private final ResourceBundle labels;
    private int section;
    private int row = -1;

    IpttRowDataSource(IpttReportData data, ResourceBundle labels) {
        this.rows = data.rows();
        this.quarters = data.quarters();
        this.labels = labels;
        var byYear = new TreeMap<String, Integer[]>();
        for (int i = 0; i < quarters.size(); i++) {
            String quarter = quarters.get(i);
            byYear.computeIfAbsent(quarter.substring(0, 4), year -> new Integer[QUARTERS_PER_SECTION])
                    [quarter.charAt(6) - '1'] = i;
        }
        byYear.forEach((year, indices) -> sections.add(new Section(year, indices)));
    }

    @Override
    public boolean next() {
        if (rows.isEmpty()) {
            // one empty line per section, so every year still prints its heading and the "no rows" notice
            if (row == -1 && section < sections.size()) {
                row = -2;
                return true;
            }
            if (row == -2 && ++section < sections.size()) {
                return true;
            }
            return false;
        }
        if (++row < rows.size()) {
            return true;
        }
        row = 0;
        return ++section < sections.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        String name = field.getName();
        Section current = sections.get(section);
        if (name.equals("year")) {
            return current.year();
        }
        if (name.matches("quarter[1-4]")) {
            Integer index = current.quarterIndex()[name.charAt(7) - '1'];
            return index == null ? null : quarters.get(index);
        }
        if (row < 0) {
            return name.equals("kind") ? "NONE" : null;
        }
        IpttRow line = rows.get(row);
        return switch (name) {
            case "kind" -> line.kind().name();
            case "depth" -> line.depth();
            case "code" -> line.code();
            case "level" -> line.level();
            case "label" -> label(line);
            case "unit" -> line.unit();
            case "percentOfTarget" -> line.percentOfTarget() == null ? null
                    : line.percentOfTarget().divide(HUNDRED);
            case "status" -> line.status().name();
            case "statusText" -> line.status() == IpttRow.Status.NONE ? null
                    : labels.getString("iptt.status." + line.status().name());
            default -> figureField(name, line, current);
        };
    }

    private Object figureField(String name, IpttRow line, Section current) throws JRException {
        String part = name.endsWith("Pattern") ? "Pattern" : name.endsWith("Text") ? "Text" : "";
        String figureName = name.substring(0, name.length() - part.length());
        IpttFigure figure = switch (figureName) {
            case "baseline" -> line.baseline();
            case "lifeOfProgrammeTarget" -> line.lifeOfProgrammeTarget();
            case "totalToDate" -> line.totalToDate();
            case "target1", "target2", "target3", "target4" -> inQuarter(line, current, figureName, true);
            case "actual1", "actual2", "actual3", "actual4" -> inQuarter(line, current, figureName, false);
            default -> throw new JRException("The IPTT template asks for an unknown field: " + name);
        };
        return switch (part) {
            case "Pattern" -> pattern(figure);
            case "Text" -> text(figure);
            default -> number(figure);
        };
    }

    private static IpttFigure inQuarter(IpttRow line, Section current, String name, boolean target) {
        Integer index = current.quarterIndex()[name.charAt(name.length() - 1) - '1'];
        if (index == null) {
            return null;
        }
        return target ? line.target(index) : line.actual(index);
    }

    private static BigDecimal number(IpttFigure figure) {
        if (figure == null) {
            return null;
        }
        return switch (figure.kind()) {
            case NUMBER -> figure.number();
            // the spreadsheet keeps a fraction formatted as a percentage, as spreadsheets expect
            case PERCENT -> figure.number().divide(HUNDRED);
            case MILESTONE, TEXT -> null;
        };
    }

    private String text(IpttFigure figure) {
        if (figure == null) {
            return null;
        }
        return switch (figure.kind()) {
            case NUMBER, PERCENT -> null;
            case MILESTONE -> labels.getString(figure.number().signum() > 0 ? "iptt.yes" : "iptt.no");
            case TEXT -> figure.text();
        };
    }

    static String pattern(IpttFigure figure) {
        if (figure == null) {
            return null;
        }
        return switch (figure.kind()) {
            case NUMBER -> figure.number().stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.##";
            case PERCENT -> "#,##0.0%";
            case MILESTONE, TEXT -> null;
        };
    }

    private String label(IpttRow line) {
        if (line.kind() != IpttRow.Kind.ANSWER) {
            return line.label();
        }
        String text = line.label().strip().replaceAll("\\s+", " ");
        if (text.length() > LONGEST_ANSWER) {
            int cut = text.lastIndexOf(' ', LONGEST_ANSWER);
            text = text.substring(0, cut > LONGEST_ANSWER / 2 ? cut : LONGEST_ANSWER) + "…";
        }
        return new MessageFormat(labels.getString("iptt.latestAnswer"), labels.getLocale()).format(new Object[] {
                Objects.requireNonNullElse(line.answeredIn(), ""), text});
    }
}
