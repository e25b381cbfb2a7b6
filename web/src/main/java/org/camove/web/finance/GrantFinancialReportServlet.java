package org.camove.web.finance;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camove.finance.GrantFinancialDocuments;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;

/**
 * Streams a grant's financial report as a download, {@code /grant-financial-report.pdf?grant=&period=} or
 * {@code .xlsx}, in the user's language ({@code lang=ru|en} overrides it). Without {@code period}: up to the latest
 * approved report. A grant the user may not see is answered 404, as one that does not exist (the refusal is logged
 * by the grant's access); a period without an approved report 400 with the reason in the user's language.
 */
@WebServlet({"/grant-financial-report.pdf", "/grant-financial-report.xlsx"})
public class GrantFinancialReportServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
                refuse(response, refused, locale);
            }
            return;
        }
        response.setContentType(spreadsheet ? XLSX : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"grant-financial-report-" + grant + "-"
                + locale.getLanguage() + (spreadsheet ? ".xlsx\"" : ".pdf\""));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Long id(String text) {
        return text != null && text.matches("[0-9]{1,15}") ? Long.valueOf(text) : null;
    }

    private static void refuse(HttpServletResponse response, InvalidInput refused, Locale locale) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(refused.violations().stream().map(v -> v.message(locale))
                .collect(Collectors.joining("\n")));
    }
}
