package org.camove.web.finance;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.camove.finance.GrantFinancialDocuments;
import org.camove.shared.InvalidInput;
import org.camove.web.Downloads;
import org.camove.web.security.CurrentUser;

/**
 * Streams a grant's financial report as a download, {@code /grant-financial-report.pdf?grant=&period=} or
 * {@code .xlsx}, in the user's language ({@code lang=ru|en} overrides it). Without {@code period}: up to the latest
 * approved report. A grant the user may not see is answered 404, as one that does not exist (the refusal is logged
 * by the grant's access); a period without an approved report 400 with the reason in the user's language.
 */
@WebServlet({"/grant-financial-report.pdf", "/grant-financial-report.xlsx"})
public class GrantFinancialReportServlet extends HttpServlet {

    @EJB
    private GrantFinancialDocuments documents;

    @Inject
    private CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long grant = id(request.getParameter("grant"));
        String periodParameter = request.getParameter("period");
        Long period = id(periodParameter);
        if (grant == null || periodParameter != null && !periodParameter.isBlank() && period == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean spreadsheet = request.getServletPath().endsWith(".xlsx");
        String lang = request.getParameter("lang");
        Locale locale = "ru".equals(lang) || "en".equals(lang) ? Locale.forLanguageTag(lang) : user.getLocale();
        byte[] bytes;
        try {
            bytes = spreadsheet ? documents.xlsx(grant, period, locale, LocalDate.now())
                    : documents.pdf(grant, period, locale, LocalDate.now());
        } catch (InvalidInput refused) {
            if (refused.violations().stream().anyMatch(v -> "grant.notFound".equals(v.key()))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                Downloads.refuse(response, refused, locale);
            }
            return;
        }
        Downloads.send(response, bytes, spreadsheet ? Downloads.XLSX : Downloads.PDF, "grant-financial-report-" + grant + "-"
                + locale.getLanguage() + (spreadsheet ? ".xlsx" : ".pdf"));
    }

    private static Long id(String text) {
        return text != null && text.matches("[0-9]{1,15}") ? Long.valueOf(text) : null;
    }
}
