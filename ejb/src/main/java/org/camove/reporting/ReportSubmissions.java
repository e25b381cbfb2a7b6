package org.camove.reporting;

import static java.util.stream.Collectors.toMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.logframe.Indicator;
import org.camove.logframe.TimeAggregation;
import org.camove.narrative.NarrativeReports;
import org.camove.organisations.Organisation;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LastChange;

/**
 * The workflow of a partner's quarterly package: the partner's officer (or a programme manager or administrator
 * on its behalf) submits it once it passes the {@link SubmissionChecks}; a programme manager or administrator
 * returns it with a comment or approves it, never the one who submitted it. Approving makes the package's
 * pending values the approved ones (each audited, the results cache told), after which they are locked. Every
 * move hands back the version its author read and locks the package's row, so a stale or repeated move (a
 * double-clicked submit) is refused with an {@link EditConflict} and never makes a second move. Partner, reviewers
 * and administrators write in the package's comment thread. {@link PackageAccess} keeps partners apart.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
public class ReportSubmissions {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PackageAccess access;

    @EJB
    private IndicatorValueEntry entry;

    @EJB
    private NarrativeReports narratives;

    @Inject
    private Event<PackageMoved> moves;

    /** The package as it is now; a package not yet started reads as such (state null, version 0). */
    public SubmissionView view(long periodId, long partnerId, Locale locale) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        return view(period, partner, access.submission(period, partner, LockModeType.NONE).orElse(null), locale);
    }

    /**
     * What the checks find in the package as stored, one violation per problem (see {@link SubmissionChecks});
     * empty when it may be submitted.
     */
    public List<Violation> problems(long periodId, long partnerId) {
        var period = access.period(periodId, LockModeType.NONE);
        return problems(period, access.partner(period, partnerId));
    }

    /**
     * Submits the package for review.
     *
     * @throws InvalidInput when the period is not open, the package is not a draft or returned, or a check fails
     *                      (one violation per problem)
     * @throws EditConflict when the package moved since {@code seenVersion} (e.g. the same submit sent twice)
     */
    public SubmissionView submit(long periodId, long partnerId, long seenVersion, Locale locale) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var submission = seen(period, partner, seenVersion);
        var change = access.changeNow();
        access.editable(period, partner, change);
        var problems = problems(period, partner);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        moved(submission.submit(change));
        return view(period, partner, submission, locale);
    }

    /** Back to the partner with what to fix (required). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
    public SubmissionView returnToPartner(long periodId, long partnerId, long seenVersion, String comment, Locale locale) {
        String kept = SubmissionComment.plainText(comment, "comment", false);
        return review(periodId, partnerId, seenVersion, locale, (submission, change) -> submission.returnToPartner(kept, change));
    }

    /**
     * Approves the package: its pending values become the approved ones, replacing those approved before for the
     * same quarter, each change audited with the comment (or, without one, the value's own comment) as its reason.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
    public SubmissionView approve(long periodId, long partnerId, long seenVersion, String comment, Locale locale) {
        String kept = SubmissionComment.plainText(comment, "comment", false);
        return review(periodId, partnerId, seenVersion, locale, (submission, change) -> {
            var transition = submission.approve(kept, change);
            approveValues(submission, kept, change);
            return transition;
        });
    }

    /** Adds a message to the package's thread; the package must have been started. */
    public SubmissionView comment(long periodId, long partnerId, String text, Locale locale) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var submission = access.submission(period, partner, LockModeType.NONE)
                .orElseThrow(() -> InvalidInput.of(null, "submission.notStarted", period.quarter().toString()));
        em.persist(new ReportSubmissionComment(submission, text, access.changeNow()));
        return view(period, partner, submission, locale);
    }

    // ---- moves --------------------------------------------------------------------------------------

    private interface Review {
        ReportSubmissionTransition move(ReportSubmission submission, LastChange change);
    }

    private SubmissionView review(long periodId, long partnerId, long seenVersion, Locale locale, Review review) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var submission = seen(period, partner, seenVersion);
        moved(review.move(submission, access.changeNow()));
        return view(period, partner, submission, locale);
    }

    /** Keeps the move's audit row and tells whom it concerns, once it is committed ({@link PackageNotices}). */
    private void moved(ReportSubmissionTransition transition) {
        em.persist(transition);
        var submission = transition.getSubmission();
        moves.fire(new PackageMoved(submission.getPeriod().getId(), submission.getPartnerId(),
                submission.getState(), SubmissionHistory.fullNames(em, List.of(transition.getChangedBy())).get(transition.getChangedBy()),
                transition.getReason()));
    }

    /**
     * The package, its row locked for this transaction (so a second, concurrent move waits for the first and
     * then sees its version), refused unless it is still at the version its author read.
     */
    private ReportSubmission seen(ReportingPeriod period, Organisation partner, long seenVersion) {
        var submission = access.submission(period, partner, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> InvalidInput.of(null, "submission.notStarted", period.quarter().toString()));
        if (submission.getVersion() != seenVersion) {
            throw EditConflict.against(em, "conflict.submission", partner.getCode() + ", " + period.quarter(),
                    submission.getLastChange());
        }
        return submission;
    }

    private void approveValues(ReportSubmission submission, String comment, LastChange change) {
        var quarter = submission.getPeriod().quarter();
        List<ReportedValue> values = em.createNamedQuery(ReportedValue.OF_QUARTER, ReportedValue.class)
                .setParameter("partner", submission.getPartnerId()).setParameter("year", quarter.year())
                .setParameter("quarter", quarter.quarter()).getResultList();
        Map<Long, ReportedValue> replaced = new HashMap<>();
        List<ReportedValue> pending = new ArrayList<>();
        for (var value : values) {
            if (value.getApprovalState() == ApprovalState.PENDING) {
                pending.add(value);
            } else {
                replaced.put(value.getIndicatorId(), value);
            }
        }
        pending.forEach(value -> Optional.ofNullable(replaced.get(value.getIndicatorId())).ifPresent(em::remove));
        // the unique key holds one approved value per quarter: the old ones go before the new ones take their place
        em.flush();
        for (var value : pending) {
            String reason = comment != null ? comment : value.reading().comment();
            em.persist(value.approve(replaced.get(value.getIndicatorId()), reason, change));
        }
        em.flush();
        ReportedValueChanges.record(em, pending.stream().map(ReportedValue::getIndicatorId).toList());
    }

    // ---- checks and reading -------------------------------------------------------------------------

    private List<Violation> problems(ReportingPeriod period, Organisation partner) {
        var sheet = entry.sheet(period.getId(), partner.getId(), Locale.ENGLISH);
        Map<Long, TimeAggregation> aggregation = timeAggregation(sheet.rows().stream().map(EntrySheet.Row::indicatorId).toList());
        var items = sheet.rows().stream().map(row -> new SubmissionChecks.Item(row.code(), row.measureType(),
                aggregation.get(row.indicatorId()), ValueRules.cellKeys(row.categories()), reading(row.current()),
                reading(row.previous()))).toList();
        var checks = new SubmissionChecks(calendarRules(period).changeThresholdPercent());
        return Stream.concat(checks.problems(items).stream(), narratives.problems(period, partner).stream()).toList();
    }

    private static ValueRules.Reading reading(EntrySheet.Entry entry) {
        return entry == null ? null : entry.reading();
    }

    private Map<Long, TimeAggregation> timeAggregation(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM Indicator i WHERE i.id IN :ids", Indicator.class).setParameter("ids", indicatorIds)
                .getResultStream().collect(toMap(Indicator::getId, Indicator::getTimeAggregation));
    }

    private CalendarRules calendarRules(ReportingPeriod period) {
        return Optional.ofNullable(em.find(ReportingCalendar.class, period.getProgramme().getId()))
                .map(ReportingCalendar::rules).orElse(CalendarRules.DEFAULT);
    }

    private SubmissionView view(ReportingPeriod period, Organisation partner, ReportSubmission submission, Locale locale) {
        var history = SubmissionHistory.of(em, submission, submission == null ? List.of()
                : em.createNamedQuery(ReportSubmissionTransition.OF_SUBMISSION, ReportSubmissionTransition.class)
                .setParameter("submission", submission).getResultList(), submission == null ? List.of()
                : em.createNamedQuery(ReportSubmissionComment.OF_SUBMISSION, ReportSubmissionComment.class)
                .setParameter("submission", submission).getResultList());
        return new SubmissionView(period.getId(), period.quarter().toString(), period.getState(), partner.getId(),
                partner.getCode(), partner.nameIn(locale), submission == null ? null : submission.getState(),
                submission == null ? 0 : submission.getVersion(), history.submittedBy(),
                submission == null ? null : submission.getSubmittedAt(), history.approvedBy(),
                submission == null ? null : submission.getApprovedAt(), history.moves(), history.comments());
    }
}
