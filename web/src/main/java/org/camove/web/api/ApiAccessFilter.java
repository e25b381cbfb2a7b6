package org.camove.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.camove.security.Role;
import org.camove.web.security.CurrentUser;

/**
 * Who may call the API. The pages sign in by form; an API client cannot, so {@code /api/*} is left open
 * in web.xml (a form challenge would answer a login page) and this filter decides: a caller who sent no
 * or wrong credentials and has no session gets 401 with a Basic challenge; a signed-in caller whose roles
 * open no API call (a donor: they see only what was issued to them) gets 403, the same for every path, so
 * nothing about what exists leaks. The services check the roles again and keep partners apart.
 */
@WebFilter("/api/*")
public class ApiAccessFilter extends HttpFilter {

    private static final String[] API_ROLES = {Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER,
            Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER};

    @Inject
    private CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"camove\", charset=\"UTF-8\"");
            refuse(response, ProblemJson.of(401, "api.error.unauthenticated", user.getLocale()));
        } else if (Stream.of(API_ROLES).noneMatch(request::isUserInRole)) {
            refuse(response, ProblemJson.of(403, "api.error.forbidden", user.getLocale()));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletResponse response, ProblemJson problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(ApiResponses.JSON);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JsonbConfiguration.JSONB.toJson(problem));
    }
}
