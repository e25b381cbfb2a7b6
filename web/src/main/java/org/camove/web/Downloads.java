package org.camove.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camove.shared.InvalidInput;

/** How camove's document downloads answer: the document as an attachment, or a refusal in the user's language. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** The document as an attachment named {@code filename}, never cached by a shared cache. */
    public static void send(HttpServletResponse response, byte[] bytes, String contentType, String filename) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** 400 with the reasons as plain text in the user's language. */
    public static void refuse(HttpServletResponse response, InvalidInput refused, Locale locale) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(refused.violations().stream().map(v -> v.message(locale))
                .collect(Collectors.joining("\n")));
    }
}
