package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionMove", description = "A move of a package: the version read (or send it as If-Match) and a "
        + "comment (required to return, optional to approve, ignored on submit); for the thread, the comment is the text")
public record SubmissionMoveJson(Long version, String comment) {
}
