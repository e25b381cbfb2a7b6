package org.camove.reports.logframe;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.JRParameter;

import org.camove.reports.ReportRenderingException;
import org.camove.reports.ReportTemplate;

/**
 * Renders a programme's logframe as a PDF.
 * <p>
 * Safe to call from many threads at once: the compiled template is loaded once and only read afterwards.
 */
public final class LogframeReport {

    private static final ReportTemplate TEMPLATE = new ReportTemplate("org/camove/reports/logframe.jasper");

    private LogframeReport() {
    }

    /**
     * @return the PDF document
     * @throws ReportRenderingException if the compiled template cannot be loaded or JasperReports fails
     */
    public static byte[] renderPdf(LogframeReportData data) {
        Objects.requireNonNull(data, "data");
        ResourceBundle labels = labels(data.locale());
        return TEMPLATE.render(parameters(data, labels), new LogframeRowDataSource(data.rows()),
                (context, print) -> ReportTemplate.pdf(context, print,
                        data.programmeName() + " — " + labels.getString("logframe.title")));
    }

    /** The level name printed on indicator rows, in the report's language. */
    public static String indicatorLevelName(Locale locale) {
        return labels(locale).getString("logframe.level.indicator");
    }

    static ResourceBundle labels(Locale locale) {
        return ReportTemplate.labels(locale);
    }

    private static Map<String, Object> parameters(LogframeReportData data, ResourceBundle labels) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, data.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("PROGRAMME_NAME", data.programmeName());
        parameters.put("GENERATED_ON", data.generatedOn());
        return parameters;
    }
}
