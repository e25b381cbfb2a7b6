package org.camove.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camove.web.security.CurrentUser;

/** What JAX-RS itself refuses (no such path or thing, wrong method or media type), as a {@link ProblemJson}. */
@Provider
public class RequestRefusedMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    private CurrentUser user;

    @Override
    public Response toResponse(WebApplicationException refused) {
        int status = refused.getResponse().getStatus();
        String key = status == 404 ? "api.error.notFound" : status < 500 ? "api.error.request" : "api.error.server";
        return ApiResponses.of(ProblemJson.of(status, key, user.getLocale()));
    }
}
