package org.camove.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every refusal of the API is a {@link ProblemJson} with the status it names. */
final class ApiResponses {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private ApiResponses() {
    }

    static Response of(ProblemJson problem) {
        return Response.status(problem.status()).type(JSON).entity(problem).build();
    }
}
