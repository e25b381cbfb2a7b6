package org.camove.reporting;

/**
 * A partner's package moved (submitted, returned or approved): fired by {@link ReportSubmissions}, observed once
 * the move is committed by {@link PackageNotices}.
 */
public record PackageMoved(long periodId, long partnerId, SubmissionState state, String by, String comment) {
}
