package org.camove.web.iptt;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.camove.indicators.IpttDocuments;
import org.camove.indicators.ResultsFilter;
import org.camove.shared.InvalidInput;
import org.camove.web.Downloads;
import org.camove.web.security.CurrentUser;

/**
 * Streams a programme's IPTT as a download, {@code /iptt.pdf} or {@code /iptt.xlsx}, in the user's language, for
 * the dashboard's filters: {@code programme, country, partner, from, to, pending}. A filter that does not fit the
 * programme is answered 400 with the reason in the user's language.
 */
@WebServlet({"/iptt.pdf", "/iptt.xlsx"})
public class IpttServlet extends HttpServlet {

    @EJB
    private IpttDocuments iptt;

    @Inject
    private CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String programme = request.getParameter("programme");
        if (programme == null || !programme.matches("[A-Za-z0-9_-]{1,40}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean spreadsheet = request.getServletPath().endsWith(".xlsx");
        Locale locale = user.getLocale();
        Optional<byte[]> document;
        try {
            ResultsFilter filter = ResultsFilter.of(request.getParameter("country"), request.getParameter("partner"),
                    request.getParameter("from"), request.getParameter("to"),
                    Boolean.parseBoolean(request.getParameter("pending")));
            document = spreadsheet ? iptt.xlsx(programme, filter, locale, LocalDate.now())
                    : iptt.pdf(programme, filter, locale, LocalDate.now());
        } catch (InvalidInput refused) {
            Downloads.refuse(response, refused, locale);
            return;
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = document.get();
        Downloads.send(response, bytes, spreadsheet ? Downloads.XLSX : Downloads.PDF, "iptt-" + programme + "-"
                + locale.getLanguage() + (spreadsheet ? ".xlsx" : ".pdf"));
    }
}
