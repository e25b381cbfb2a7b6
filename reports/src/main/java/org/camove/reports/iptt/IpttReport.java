package org.camove.reports.iptt;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.JRParameter;

import org.camove.reports.ReportRenderingException;
import org.camove.reports.ReportTemplate;

/**
 * Renders the IPTT as a PDF (A4 landscape, paged, page X of Y) or as an XLSX workbook (one sheet per calendar year,
 * numbers as numeric cells, header rows frozen), both from the same template and rows.
 * <p>
 * Quarters are laid out as calendar years of four columns each (target and actual per quarter), a year per
 * section: a table of code, indicator, unit, baseline, LOP target, four quarters, total to date, % and status just
 * fits an A4 landscape page legibly, a fifth quarter would not. A range of several years continues year by year,
 * every section repeating the indicator columns so each page reads on its own; years are how donors plan and
 * audit, so a quarter always sits in the same column of its year.
 */
public final class IpttReport {

    private static final ReportTemplate TEMPLATE = new ReportTemplate("org/camove/reports/iptt.jasper");

    private IpttReport() {
    }

    /**
     * @throws ReportRenderingException if the compiled template cannot be loaded or JasperReports fails
     */
    public static byte[] renderPdf(IpttReportData data) {
        Objects.requireNonNull(data, "data");
        ResourceBundle labels = ReportTemplate.labels(data.locale());
        return TEMPLATE.render(parameters(data, labels, false), new IpttRowDataSource(data, labels),
                (context, print) -> ReportTemplate.pdf(context, print, title(data, labels)));
    }

    /**
     * @throws ReportRenderingException if the compiled template cannot be loaded or JasperReports fails
     */
    public static byte[] renderXlsx(IpttReportData data) {
        Objects.requireNonNull(data, "data");
        ResourceBundle labels = ReportTemplate.labels(data.locale());
        // Unpaginated: a spreadsheet has no pages, so each year's heading comes once, at the top of its sheet.
        return TEMPLATE.render(parameters(data, labels, true), new IpttRowDataSource(data, labels),
                ReportTemplate::xlsx);
    }

    private static String title(IpttReportData data, ResourceBundle labels) {
        return data.programmeName() + " — " + labels.getString("iptt.title");
    }

    private static Map<String, Object> parameters(IpttReportData data, ResourceBundle labels, boolean spreadsheet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, data.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, spreadsheet);
        parameters.put("PROGRAMME_NAME", data.programmeName());
        parameters.put("GENERATED_ON", data.generatedOn());
        parameters.put("COUNTRY", data.country());
        parameters.put("PARTNER", data.partner());
        parameters.put("FIRST_QUARTER", data.quarters().get(0));
        parameters.put("LAST_QUARTER", data.quarters().get(data.quarters().size() - 1));
        parameters.put("INCLUDES_PENDING", data.includesPending());
        return parameters;
    }
}
