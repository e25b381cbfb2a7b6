package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GrantMove", description = "A step in a grant's life: state ACTIVE, CLOSING or CLOSED (one step on), an optional "
        + "reason kept in the audit trail, and the grant's version read (or If-Match)")
public record GrantMoveJson(Long version, String state, String reason) {
}
