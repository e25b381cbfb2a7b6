package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditedResult", description = "A result's new texts and the version they were written against")
public record EditedResultJson(long version, ResultTextJson text) {
}
