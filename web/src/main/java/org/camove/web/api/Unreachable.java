package org.camove.web.api;

import jakarta.ws.rs.NotFoundException;
import java.util.Set;
import java.util.function.Supplier;
import org.camove.shared.InvalidInput;

/**
 * Refusals that mean "not yours or not there" become 404, alike, so the API never tells another partner's data from
 * missing data (the services log a partner officer's attempt); every other refusal goes on as it is.
 */
final class Unreachable {

    private Unreachable() {
    }

    static <T> T asNotFound(Set<String> keys, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInput refused) {
            if (refused.violations().stream().anyMatch(v -> keys.contains(v.key()))) {
                throw new NotFoundException();
            }
            throw refused;
        }
    }
}
