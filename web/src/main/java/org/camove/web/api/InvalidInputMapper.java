package org.camove.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;

/** Refused input: 400 with one message per field, in the caller's language. Nothing was changed (rollback). */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Inject
    private CurrentUser user;

    @Override
    public Response toResponse(InvalidInput refused) {
        return ApiResponses.of(ProblemJson.of(refused, user.getLocale()));
    }
}
