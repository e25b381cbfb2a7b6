package org.camove.narrative;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.camove.reporting.SubmissionState;

/**
 * A partner's narrative report for a period as a page shows it, in the reader's language: a row for every
 * activity of the programme's logframe (with what the partner said of it, if anything), and what the report
 * says ({@code content}, whose {@code seenVersion} is null while nothing was saved). {@code editable} says
 * whether the period is open and the package a draft or returned.
 */
public record NarrativeView(long periodId, String quarter, long partnerId, String partnerCode, String partnerName,
                            SubmissionState submission, boolean editable, List<ActivityRow> activities, NarrativeDraft content,
                            String changedBy, Instant changedAt) implements Serializable {

    /** A logframe activity and the partner's line about it (status null when it said nothing yet). */
    public record ActivityRow(long resultId, String code, String statement, NarrativeDraft.Activity line) implements Serializable {
    }

    public String changedAtText() {
        return changedAt == null ? "" : EvidenceItem.WHEN.format(changedAt);
    }

    /** Whether anything was saved yet. */
    public boolean isStarted() {
        return content.seenVersion() != null;
    }
}
