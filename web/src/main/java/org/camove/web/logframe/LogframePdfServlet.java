package org.camove.web.logframe;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camove.logframe.LogframePdf;
import org.camove.web.security.CurrentUser;

/** Streams a programme's logframe as a PDF, in the user's language, as a download. */
@WebServlet("/logframe.pdf")
public class LogframePdfServlet extends HttpServlet {

    @EJB
    private LogframePdf pdf;

    @Inject
    private CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String programme = request.getParameter("programme");
        if (programme == null || !programme.matches("[A-Za-z0-9_-]{1,40}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var locale = user.getLocale();
        var document = pdf.render(programme, locale);
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = document.get();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"logframe-" + programme + "-" + locale.getLanguage() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
