package org.camove.logframe;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LocalizedText;

/**
 * What a manager writes about a result, in English and Russian: its statement (English required),
 * assumptions and risks. Blank means not written.
 */
public record ResultText(String statementEn, String statementRu, String assumptionsEn, String assumptionsRu,
                         String risksEn, String risksRu) implements Serializable {

    /** Longest text kept; a statement is a sentence or two, assumptions and risks a paragraph. */
    public static final int MAX_LENGTH = 4000;

    public static ResultText statement(String en, String ru) {
        return new ResultText(en, ru, null, null, null, null);
    }

    static ResultText of(Result result) {
        return new ResultText(result.getStatement().en(), result.getStatement().ru(),
                en(result.getAssumptions()), ru(result.getAssumptions()), en(result.getRisks()), ru(result.getRisks()));
    }

    /** Refuses the text, field by field, unless every rule holds. */
    void check() {
        var violations = new ArrayList<Violation>();
        if (blank(statementEn)) {
            violations.add(new Violation("statementEn", "logframe.statementRequired", List.of()));
        }
        checkLength("statementEn", statementEn, violations);
        checkLength("statementRu", statementRu, violations);
        checkTranslated("assumptions", assumptionsEn, assumptionsRu, violations);
        checkTranslated("risks", risksEn, risksRu, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    LocalizedText statement() {
        return LocalizedText.of(statementEn.strip(), trimmed(statementRu));
    }

    LocalizedText assumptions() {
        return optional(assumptionsEn, assumptionsRu);
    }

    LocalizedText risks() {
        return optional(risksEn, risksRu);
    }

    private static void checkTranslated(String field, String en, String ru, List<Violation> violations) {
        if (blank(en) && !blank(ru)) {
            violations.add(new Violation(field + "En", "logframe.englishRequired", List.of()));
        }
        checkLength(field + "En", en, violations);
        checkLength(field + "Ru", ru, violations);
    }

    private static void checkLength(String field, String text, List<Violation> violations) {
        if (text != null && text.strip().length() > MAX_LENGTH) {
            violations.add(new Violation(field, "logframe.tooLong", List.of(MAX_LENGTH, text.strip().length())));
        }
    }

    private static LocalizedText optional(String en, String ru) {
        return blank(en) ? null : LocalizedText.of(en.strip(), trimmed(ru));
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }

    private static String ru(LocalizedText text) {
        return text == null ? null : text.ru();
    }
}
