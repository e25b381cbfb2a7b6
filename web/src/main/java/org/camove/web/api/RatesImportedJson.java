package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatesImported", description = "How many rates a CSV import took")
public record RatesImportedJson(int imported) {
}
