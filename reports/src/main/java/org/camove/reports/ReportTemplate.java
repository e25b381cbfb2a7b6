package org.camove.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * One compiled template (a {@code .jasper} on the class path, compiled at build time) and how camove fills and
 * exports it. Safe to use from many threads at once: the template is loaded once and only read afterwards.
 */
public final class ReportTemplate {

    static final String LABELS = "org.camove.reports.i18n.reports";

    /** Turns a filled report into a document. */
    @FunctionalInterface
    public interface Export {
        byte[] export(JasperReportsContext context, JasperPrint print) throws JRException;
    }

    private final String resource;
    private final Object lock = new Object();
    private volatile JasperReport template;

    /** @param resource e.g. {@code org/camove/reports/logframe.jasper} */
    public ReportTemplate(String resource) {
        this.resource = resource;
    }

    /** The report labels in one language, never in the server's default language by accident. */
    public static ResourceBundle labels(Locale locale) {
        // Without the no-fallback control, an English report on a server whose default locale is Russian would come
        // out in Russian: getBundle tries the JVM's default locale before the base (English) bundle.
        return ResourceBundle.getBundle(LABELS, locale, ReportTemplate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Fills the template and exports it.
     *
     * @throws ReportRenderingException if the template cannot be loaded or JasperReports fails
     */
    public byte[] render(Map<String, Object> parameters, JRDataSource rows, Export export) {
        Thread thread = Thread.currentThread();
        ClassLoader callersLoader = thread.getContextClassLoader();
        // JasperReports finds its extensions (the DejaVu fonts among them) and deserialises the template through the
        // context class loader. Inside WildFly that loader depends on who calls (a request, a timer, a batch job);
        // this class's own loader always sees the EAR's lib/ where JasperReports and its fonts live.
        thread.setContextClassLoader(ReportTemplate.class.getClassLoader());
        try {
            JasperReportsContext context = DefaultJasperReportsContext.getInstance();
            JasperPrint print = JasperFillManager.getInstance(context).fill(template(), parameters, rows);
            return export.export(context, print);
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot render " + resource, e);
        } finally {
            thread.setContextClassLoader(callersLoader);
        }
    }

    /** A PDF whose document title is {@code title}. */
    public static byte[] pdf(JasperReportsContext context, JasperPrint print, String title) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator("camove");

        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setConfiguration(configuration);
        return written(exporter, print);
    }

    /** A workbook, numeric text fields as numeric cells. */
    public static byte[] xlsx(JasperReportsContext context, JasperPrint print) throws JRException {
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        // cells of numeric text fields become numeric cells (text fields of words stay text)
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setCollapseRowSpan(false);

        JRXlsxExporter exporter = new JRXlsxExporter(context);
        exporter.setConfiguration(configuration);
        return written(exporter, print);
    }

    private static byte[] written(Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter, JasperPrint print)
            throws JRException {
        ByteArrayOutputStream document = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(document));
        exporter.exportReport();
        return document.toByteArray();
    }

    private JasperReport template() {
        JasperReport loaded = template;
        if (loaded == null) {
            synchronized (lock) {
                loaded = template;
                if (loaded == null) {
                    // Not a static initializer: a failed load is reported as it is and tried again next call,
                    // instead of turning into NoClassDefFoundError for the life of the deployment.
                    loaded = load();
                    template = loaded;
                }
            }
        }
        return loaded;
    }

    private JasperReport load() {
        try (InputStream in = ReportTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException(resource + " is not on the class path. It is compiled from "
                        + "src/main/jasperreports in the reports module's process-classes phase.");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Cannot load the compiled template " + resource, e);
        }
    }
}
