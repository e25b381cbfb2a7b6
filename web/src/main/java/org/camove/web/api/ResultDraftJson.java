package org.camove.web.api;

import java.util.List;
import org.camove.logframe.ResultDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResultDraft", description = "A logframe result as it is edited, with the version an update must quote")
public record ResultDraftJson(long id, long version, String code, int depth, ResultTextJson text) {

    static ResultDraftJson from(ResultDraft draft) {
        return new ResultDraftJson(draft.id(), draft.version(), draft.code(), draft.depth(), ResultTextJson.from(draft.text()));
    }
}
