package org.camove.web.api;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.camove.shared.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "Why a request was refused, in the caller's language; one violation per refused field")
public record ProblemJson(int status, String message, List<Violation> violations) {

    private static final String BUNDLE = "org.camove.web.i18n.messages";

    @Schema(name = "Violation")
    public record Violation(@Schema(description = "The query parameter or field; null for the request as a whole") String field,
                            String message) {
    }

    static ProblemJson of(int status, String key, Locale locale) {
        return new ProblemJson(status, message(key, locale), List.of());
    }

    static ProblemJson of(InvalidInput refused, Locale locale) {
        // another organisation's quarterly package (PackageAccess): forbidden, whether or not it exists
        int status = refused.violations().stream().anyMatch(v -> v.key().equals("entry.notYourOrganisation")) ? 403 : 400;
        return new ProblemJson(status, message("api.error.invalid", locale), refused.violations().stream()
                .map(v -> new Violation(v.field(), v.message(locale))).toList());
    }

    private static String message(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
