package org.camove.web.narrative;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camove.narrative.EvidenceDownload;
import org.camove.shared.InvalidInput;

/**
 * Sends a file a partner attached ({@code /<kind>/{id}}) to whoever may see it, always as a download: the browser
 * must never render what a partner uploaded (a PDF with scripts, an SVG, a text it would sniff as HTML) inside
 * camove's origin. A file the caller may not see is answered like one that does not exist (the service logs the
 * attempt). Each kind of attachment says how its files are found ({@link #find}).
 */
public abstract class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file, if it exists; refused (InvalidInput, EJBAccessException) when the caller may not see it. */
    protected abstract Optional<EvidenceDownload> find(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDownload file;
        try {
            file = find(Long.parseLong(path.substring(1))).orElse(null);
        } catch (InvalidInput | EJBAccessException refused) {
            file = null;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType().startsWith("text/") ? file.mediaType() + "; charset=UTF-8" : file.mediaType());
        response.setHeader("Content-Disposition", disposition(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(file.size());
        try (var in = file.open()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * An attachment under the uploader's name: an ASCII fallback for old clients and the name itself in RFC 5987
     * form ({@code filename*=UTF-8''...}), so Cyrillic names arrive intact.
     */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
