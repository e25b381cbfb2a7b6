package org.camove.logframe;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LocalizedText;

/**
 * What an administrator writes for a disaggregation category or one of its options: a code and a name in
 * English and in Russian, both required (reports are read in both). Field names are those of refusals.
 */
public record ReferenceEntry(String code, String nameEn, String nameRu) implements Serializable {

    /**
     * Codes are short: a value's cell is keyed by its categories' and options' codes together
     * ('AGE=18-35;MIGRANT_TYPE=RETURNEE;SEX=F') in a column of 255 characters.
     */
    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 100;
    /** Capitals, digits and - _ + as the codes camove came with (SEX, MIGRANT_TYPE, 18-35, 60+); never '=' or ';'. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_+-]*");

    /** The code is kept without surrounding blanks and in capitals (18-35, MIGRANT_TYPE). */
    public ReferenceEntry {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    LocalizedText name() {
        return LocalizedText.of(nameEn.strip(), nameRu.strip());
    }

    /** The refusals this entry earns on its own, field by field; empty when it is sound. */
    List<Violation> violations() {
        var found = new ArrayList<Violation>();
        if (code.isEmpty()) {
            found.add(new Violation("code", "referenceData.code.required", List.of()));
        } else if (code.length() > CODE_LENGTH || !CODE.matcher(code).matches()) {
            found.add(new Violation("code", "referenceData.code.form", List.of(CODE_LENGTH)));
        }
        checkName("nameEn", nameEn, "referenceData.nameEn.required", found);
        checkName("nameRu", nameRu, "referenceData.nameRu.required", found);
        return found;
    }

    private static void checkName(String field, String name, String requiredKey, List<Violation> found) {
        if (name == null || name.isBlank()) {
            found.add(new Violation(field, requiredKey, List.of()));
        } else if (name.strip().length() > NAME_LENGTH) {
            found.add(new Violation(field, "logframe.tooLong", List.of(NAME_LENGTH, name.strip().length())));
        }
    }
}
