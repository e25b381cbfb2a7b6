package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewResult", description = "A result to add: under parentId, or at the top when it is absent")
public record NewResultJson(Long parentId, ResultTextJson text) {
}
