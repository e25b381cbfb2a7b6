package org.camove.web.api;

import org.camove.logframe.IndicatorDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's full definition as programme managers edit it, with the version it was read at (quote it to save). */
@Schema(name = "EditedIndicator", description = "An indicator's definition and the version it was read at or written against")
public record EditedIndicatorJson(long version, IndicatorDefinition definition) {
}
