package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodSubmission", description = "Where one partner's package for the period stands: NOT_STARTED, DRAFT, "
        + "SUBMITTED, RETURNED, APPROVED, or OVERDUE (past the due date and grace days, not submitted)")
public record PeriodSubmissionJson(long partnerId, String partnerCode, String partnerName, String country, String state) {
}
