package org.camove.web.api;

import org.camove.logframe.ResultText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResultText", description = "What a logframe result states, in English (statement required) and Russian")
public record ResultTextJson(String statementEn, String statementRu, String assumptionsEn, String assumptionsRu,
                             String risksEn, String risksRu) {

    static ResultTextJson from(ResultText text) {
        return new ResultTextJson(text.statementEn(), text.statementRu(), text.assumptionsEn(), text.assumptionsRu(),
                text.risksEn(), text.risksRu());
    }

    ResultText toResultText() {
        return new ResultText(statementEn, statementRu, assumptionsEn, assumptionsRu, risksEn, risksRu);
    }
}
