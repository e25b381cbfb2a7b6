package org.camove.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.camove.shared.EditConflict;
import org.camove.web.security.CurrentUser;

/** A save that came too late: 409, naming who changed it and when; nothing of the late save was kept. */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflict> {

    @Inject
    private CurrentUser user;

    @Override
    public Response toResponse(EditConflict conflict) {
        return ApiResponses.of(new ProblemJson(409, conflict.message(user.getLocale()), List.of()));
    }
}
