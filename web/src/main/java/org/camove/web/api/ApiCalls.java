package org.camove.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Set;
import java.util.function.Supplier;
import org.camove.shared.InvalidInput;

/** What the resources that edit by version share: reading the version quoted, and answering "not yours or not there" as 404. */
final class ApiCalls {

    private ApiCalls() {
    }

    /** The version quoted: If-Match ("3", with or without quotes or W/) wins over the body's; neither is 428. */
    static long version(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            if (digits.matches("\\d{1,18}")) {
                return Long.parseLong(digits);
            }
            throw new BadRequestException();
        }
        if (bodyVersion == null) {
            throw new WebApplicationException(428);
        }
        return bodyVersion;
    }

    /** The call's answer; a refusal under one of {@code unreachable} (not the caller's, or gone) becomes 404, so nothing leaks. */
    static <T> T reachable(Set<String> unreachable, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInput refused) {
            if (refused.violations().stream().anyMatch(v -> unreachable.contains(v.key()))) {
                throw new NotFoundException();
            }
            throw refused;
        }
    }
}
