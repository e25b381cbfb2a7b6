package org.camove.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.Programme;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The package's state machine, without a container: its moves, their audit rows and who may approve. */
class ReportSubmissionTest {

    private final ReportingPeriod period = new ReportingPeriod(new Programme("T", new LocalizedText("T", "T"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), Quarter.of(2026, 4),
            new EntryWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 10));

    @Test
    void draftSubmittedReturnedSubmittedApproved_eachMoveAudited() {
        var submission = new ReportSubmission(period, 9, LastChange.now("officer"));
        var submitted = submission.submit(LastChange.now("officer"));
        assertThat(submitted.getFromState()).isEqualTo("DRAFT");
        assertThat(submitted.getToState()).isEqualTo("SUBMITTED");
        assertThat(submission.getSubmittedBy()).isEqualTo("officer");

        var returned = submission.returnToPartner("  fix 1.b  ", LastChange.now("manager"));
        assertThat(returned.getReason()).isEqualTo("fix 1.b");
        assertThat(submission.getState()).isEqualTo(SubmissionState.RETURNED);
        submission.requireEditable();

        submission.submit(LastChange.now("officer"));
        var approved = submission.approve(null, LastChange.now("manager"));
        assertThat(approved.getToState()).isEqualTo("APPROVED");
        assertThat(submission.getApprovedBy()).isEqualTo("manager");
        assertThat(catchThrowableOfType(InvalidInput.class, submission::requireEditable).violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("The package for 2026-Q4 has been approved, so its values and report are locked.");
    }

    @Test
    void theSubmitterCannotApprove_aReturnNeedsAComment_andMovesOutOfOrderAreRefused() {
        var submission = new ReportSubmission(period, 9, LastChange.now("manager"));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> submission.approve(null, LastChange.now("other"))).violations())
                .singleElement().extracting(InvalidInput.Violation::key).isEqualTo("submission.review.notSubmitted");
        submission.submit(LastChange.now("manager"));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> submission.approve("fine", LastChange.now("manager")))
                .violations().get(0).message(Locale.forLanguageTag("ru")))
                .isEqualTo("Этот пакет отправили вы, поэтому утвердить его должен другой сотрудник.");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> submission.returnToPartner(" ", LastChange.now("other")))
                .violations()).singleElement().extracting(InvalidInput.Violation::field).isEqualTo("comment");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> submission.submit(LastChange.now("manager"))).violations())
                .singleElement().extracting(InvalidInput.Violation::key).isEqualTo("submission.submit.notEditable");
        assertThat(submission.getState()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void commentsAreKeptAsPlainTextWithinTheirLength() {
        assertThat(SubmissionComment.plainText(" <b>line</b>\u0007\n next\t ", "text", true)).isEqualTo("<b>line</b>\n next");
        assertThat(SubmissionComment.plainText("  ", "text", false)).isNull();
        assertThat(catchThrowableOfType(InvalidInput.class, () -> SubmissionComment.plainText(null, "text", true))
                .violations()).singleElement().extracting(InvalidInput.Violation::key).isEqualTo("submission.comment.required");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> SubmissionComment.plainText("x".repeat(4001), "text", true))
                .violations()).singleElement().extracting(InvalidInput.Violation::key).isEqualTo("logframe.tooLong");
    }

    @Test
    void theOverviewCallsAnUnsubmittedPackagePastItsGraceOverdue() {
        assertThat(PackageState.of(null, false)).isEqualTo(PackageState.NOT_STARTED);
        assertThat(PackageState.of(null, true)).isEqualTo(PackageState.OVERDUE);
        assertThat(PackageState.of(SubmissionState.RETURNED, true)).isEqualTo(PackageState.OVERDUE);
        assertThat(PackageState.of(SubmissionState.SUBMITTED, true)).isEqualTo(PackageState.SUBMITTED);
        assertThat(PackageState.of(SubmissionState.APPROVED, true)).isEqualTo(PackageState.APPROVED);
        assertThat(PackageState.of(SubmissionState.DRAFT, false)).isEqualTo(PackageState.DRAFT);
    }
}
