package org.camove.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;

/**
 * The version a change quotes, so a stale one is refused with 409 and a blind one (no version at all) with 428: every
 * workflow move and save of the API reads it the same way.
 */
final class IfMatch {

    private IfMatch() {
    }

    /** The version quoted: If-Match ("3", with or without quotes or W/) wins over the body's. */
    static long version(String ifMatch, Long inBody) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            if (digits.matches("\\d{1,18}")) {
                return Long.parseLong(digits);
            }
            throw new BadRequestException();
        }
        if (inBody == null) {
            throw new WebApplicationException(428);
        }
        return inBody;
    }

    /** The version of a workflow move: If-Match, else the body's. */
    static long version(String ifMatch, SubmissionMoveJson move) {
        return version(ifMatch, move == null ? null : move.version());
    }
}
