package org.camove.shared;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Input refused by a business rule, with one violation per field, so that a page can show each message
 * beside its field and the API can list them. Nothing the refused call did is kept (rollback). Messages
 * are keys of the {@code org.camove.shared.i18n.errors} bundle, rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.camove.shared.i18n.errors";

    /** {@code field} names the input (e.g. "partnerAggregation"), or is null for the whole form. */
    public record Violation(String field, String key, List<Object> arguments) implements java.io.Serializable {

        public Violation {
            Objects.requireNonNull(key, "key");
            arguments = List.copyOf(arguments);
        }

        public String message(Locale locale) {
            // no fallback to the JVM's default locale: an English reader must never get another language
            String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            // texts kept in two languages (names of levels, programmes) are shown in the reader's
            return new MessageFormat(pattern, locale).format(arguments.stream()
                    .map(a -> a instanceof LocalizedText text ? text.in(locale) : a).toArray());
        }
    }

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).message(Locale.ENGLISH));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInput names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String key, Object... arguments) {
        return new InvalidInput(List.of(new Violation(field, key, List.of(arguments))));
    }

    public List<Violation> violations() {
        return violations;
    }
}
