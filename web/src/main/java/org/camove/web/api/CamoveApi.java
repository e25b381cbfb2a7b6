package org.camove.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /camove/api}; who may call it is decided by {@link ApiAccessFilter} and the services. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "camove API", version = "1",
                description = "Programmes, logframes, indicator definitions and computed indicator results of camove, "
                        + "the programme monitoring-and-evaluation system. Sign in with HTTP Basic (a camove user name "
                        + "and password) or send the session cookie of a signed-in browser. Programme managers, finance "
                        + "reviewers, administrators and partner officers may call it; a partner officer sees only their "
                        + "own organisation's figures. Programme managers and administrators add and restate logframe results, quoting the "
                        + "version they read; a save based on an older version is refused with 409. Refused input is answered 400 with one message per field in the "
                        + "caller's language (their saved language, else Accept-Language). Figures are exact decimals; "
                        + "quarters are written 2026-Q1."),
        security = @SecurityRequirement(name = CamoveApi.BASIC))
@SecurityScheme(securitySchemeName = CamoveApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
public class CamoveApi extends Application {

    static final String BASIC = "basic";
}
