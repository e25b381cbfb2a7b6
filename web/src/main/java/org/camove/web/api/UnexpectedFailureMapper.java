package org.camove.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camove.web.security.CurrentUser;

/**
 * Everything else a call can end in, never with a stack trace: a concurrent edit the services did not
 * name (409, reload and apply again), a service the caller's role may not use (403, refused before anything
 * is looked up, so it tells nothing about what exists), or a failure camove did not expect (500, logged
 * here for the administrator).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Inject
    private CurrentUser user;

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return problem(409, "api.error.conflict");
            }
            if (cause instanceof EJBAccessException) {
                return problem(403, "api.error.forbidden");
            }
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return problem(500, "api.error.server");
    }

    private Response problem(int status, String key) {
        return ApiResponses.of(ProblemJson.of(status, key, user.getLocale()));
    }
}
