package org.camove.logframe;

import java.util.List;
import java.util.Optional;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LocalizedText;

/**
 * How a disaggregation category or option is used: by indicators that break down by the category, and by
 * reported values whose cells name it. Either fixes its code and keeps it from being deleted.
 */
record Usage(long indicators, long values) {

    /**
     * Why {@code action} ("code": changing the code, "delete") is refused, or empty when nothing uses it.
     * {@code category} names the category the indicators break down by.
     */
    Optional<Violation> refusal(String field, String action, LocalizedText category) {
        if (indicators > 0) {
            return Optional.of(new Violation(field, "referenceData." + action + ".usedByIndicators", List.of(indicators, category)));
        }
        if (values > 0) {
            return Optional.of(new Violation(field, "referenceData." + action + ".usedByValues", List.of(values)));
        }
        return Optional.empty();
    }
}
