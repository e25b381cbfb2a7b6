package org.camove.reports.grant;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.JRParameter;

import org.camove.reports.ReportRenderingException;
import org.camove.reports.ReportTemplate;

/**
 * Renders the grant financial report as a PDF (A4 landscape, paged) or an XLSX workbook (one sheet, numbers as numeric
 * cells), both from the same template and rows.
 */
public final class GrantFinancialReport {

    private static final ReportTemplate TEMPLATE = new ReportTemplate("org/camove/reports/grant-financial.jasper");

    private GrantFinancialReport() {
    }

    /** @throws ReportRenderingException if the compiled template cannot be loaded or JasperReports fails */
    public static byte[] renderPdf(GrantFinancialReportData data) {
        Objects.requireNonNull(data, "data");
        ResourceBundle labels = ReportTemplate.labels(data.locale());
        return TEMPLATE.render(parameters(data, labels, false), new GrantFinancialRowDataSource(data.rows()),
                (context, print) -> ReportTemplate.pdf(context, print,
                        data.grantReference() + " — " + labels.getString("grantReport.title")));
    }

    /** @throws ReportRenderingException if the compiled template cannot be loaded or JasperReports fails */
    public static byte[] renderXlsx(GrantFinancialReportData data) {
        Objects.requireNonNull(data, "data");
        ResourceBundle labels = ReportTemplate.labels(data.locale());
        return TEMPLATE.render(parameters(data, labels, true), new GrantFinancialRowDataSource(data.rows()),
                ReportTemplate::xlsx);
    }

    private static Map<String, Object> parameters(GrantFinancialReportData data, ResourceBundle labels, boolean spreadsheet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, data.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, spreadsheet);
        parameters.put("GRANT_REFERENCE", data.grantReference());
        parameters.put("UP_TO", data.upTo());
        parameters.put("GENERATED_ON", data.generatedOn());
        return parameters;
    }
}
