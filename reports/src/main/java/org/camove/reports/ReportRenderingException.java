package org.camove.reports;

/**
 * A report could not be produced: its compiled template is missing or broken, or JasperReports failed while filling
 * or exporting it. Unchecked, because callers cannot repair any of these and should let them reach the error page.
 */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message) {
        super(message);
    }

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
