package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrancheRelease", description = "The tranche's version read (or If-Match) and, when its condition is unmet, the "
        + "reason for releasing it anyway (kept in the audit trail)")
public record TrancheReleaseJson(Long version, String override) {
}
