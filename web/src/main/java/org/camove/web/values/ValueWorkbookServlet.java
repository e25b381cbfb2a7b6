package org.camove.web.values;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.camove.reporting.ValueWorkbooks;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;

/**
 * Streams a partner's values workbook for a period, {@code /values-workbook.xlsx?period=&partner=}, headers in
 * the user's language. Another organisation's workbook is refused (403) with the reason in the user's language.
 */
@WebServlet("/values-workbook.xlsx")
public class ValueWorkbookServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ValueWorkbooks workbooks;

    @Inject
    private CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String period = request.getParameter("period");
        String partner = request.getParameter("partner");
        if (period == null || partner == null || !period.matches("\\d{1,18}") || !partner.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] workbook;
        try {
            workbook = workbooks.template(Long.parseLong(period), Long.parseLong(partner), user.getLocale());
        } catch (InvalidInput refused) {
            boolean notTheirs = refused.violations().stream().anyMatch(v -> v.key().equals("entry.notYourOrganisation"));
            response.setStatus(notTheirs ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(refused.violations().stream().map(v -> v.message(user.getLocale()))
                    .collect(Collectors.joining("\n")));
            return;
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"values-" + period + "-" + partner + "-"
                + user.getLocale().getLanguage() + ".xlsx\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(workbook.length);
        response.getOutputStream().write(workbook);
    }
}
