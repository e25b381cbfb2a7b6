package org.camove.reports.logframe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.camove.reports.ReportRenderingException;

/**
 * Renders a programme's logframe as a PDF.
 * <p>
 * Safe to call from many threads at once: the compiled template is loaded once and only read afterwards.
 */
public final class LogframeReport {

    static final String TEMPLATE = "org/camove/reports/logframe.jasper";
    static final String LABELS = "org.camove.reports.i18n.reports";

    private static final Object TEMPLATE_LOCK = new Object();
    private static volatile JasperReport template;

    private LogframeReport() {
    }

    /**
     * @return the PDF document
     * @throws ReportRenderingException if the compiled template cannot be loaded or JasperReports fails
     */
    public static byte[] renderPdf(LogframeReportData data) {
        Objects.requireNonNull(data, "data");
        ResourceBundle labels = labels(data.locale());
        Thread thread = Thread.currentThread();
        ClassLoader callersLoader = thread.getContextClassLoader();
        // JasperReports finds its extensions (the DejaVu fonts among them) and deserialises the template through the
        // context class loader. Inside WildFly that loader depends on who calls (a request, a timer, a batch job);
        // this class's own loader always sees the EAR's lib/ where JasperReports and its fonts live.
        thread.setContextClassLoader(LogframeReport.class.getClassLoader());
        try {
            JasperReportsContext context = DefaultJasperReportsContext.getInstance();
            JasperPrint print = JasperFillManager.getInstance(context)
                    .fill(template(), parameters(data, labels), new LogframeRowDataSource(data.rows()));
            return exportPdf(context, print, data.programmeName() + " — " + labels.getString("logframe.title"));
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot render the logframe of \"" + data.programmeName() + "\"", e);
        } finally {
            thread.setContextClassLoader(callersLoader);
        }
    }

    /** The level name printed on indicator rows, in the report's language. */
    public static String indicatorLevelName(Locale locale) {
        return labels(locale).getString("logframe.level.indicator");
    }

    static ResourceBundle labels(Locale locale) {
        // Without the no-fallback control, an English report on a server whose default locale is Russian would come
        // out in Russian: getBundle tries the JVM's default locale before the base (English) bundle.
        return ResourceBundle.getBundle(LABELS, locale, LogframeReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Map<String, Object> parameters(LogframeReportData data, ResourceBundle labels) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, data.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("PROGRAMME_NAME", data.programmeName());
        parameters.put("GENERATED_ON", data.generatedOn());
        return parameters;
    }

    private static byte[] exportPdf(JasperReportsContext context, JasperPrint print, String title) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator("camove");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }

    private static JasperReport template() {
        JasperReport loaded = template;
        if (loaded == null) {
            synchronized (TEMPLATE_LOCK) {
                loaded = template;
                if (loaded == null) {
                    // Not a static initializer: a failed load is reported as it is and tried again next call,
                    // instead of turning into NoClassDefFoundError for the life of the deployment.
                    loaded = loadTemplate();
                    template = loaded;
                }
            }
        }
        return loaded;
    }

    private static JasperReport loadTemplate() {
        try (InputStream in = LogframeReport.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new ReportRenderingException(TEMPLATE + " is not on the class path. It is compiled from "
                        + "src/main/jasperreports/logframe.jrxml in the reports module's process-classes phase.");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Cannot load the compiled logframe template " + TEMPLATE, e);
        }
    }
}
