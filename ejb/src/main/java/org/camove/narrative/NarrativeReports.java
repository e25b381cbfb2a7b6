package org.camove.narrative;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camove.logframe.Result;
import org.camove.organisations.Organisation;
import org.camove.reporting.PackageAccess;
import org.camove.reporting.PeriodState;
import org.camove.reporting.ReportSubmission;
import org.camove.reporting.ReportingPeriod;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;

/**
 * A partner's narrative activity report for a reporting period: read by the partner's officer and by programme
 * managers and administrators (who may also write it on the partner's behalf), through {@link PackageAccess}
 * like the rest of the package. A save replaces the report whole, only while the period is open and the package
 * a draft or returned, against the version its author read; rich texts are sanitised ({@link NarrativeText}).
 * {@link #problems} names the required sections still empty, for the package's submission.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
public class NarrativeReports {

    /** The results at the lowest level of the programme's logframe: its activities. */
    private static final String ACTIVITIES = "SELECT r FROM Result r WHERE r.programme = :programme AND r.depth = "
            + "(SELECT MAX(l.depth) FROM LogframeLevel l WHERE l.programme = :programme)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PackageAccess access;

    @Resource
    private SessionContext caller;

    /** A partner's package: the reporting period and the partner. */
    public record PackageRef(long periodId, long partnerId) {
    }

    /**
     * For a partner officer: their organisation's package in the open period that is due first (the earliest
     * open quarter of its programmes), if any.
     */
    public Optional<PackageRef> ownOpenPackage() {
        List<?> rows = em.createNativeQuery("SELECT p.id, u.organisation_id FROM app_user u "
                        + "JOIN programme_participant pp ON pp.organisation_id = u.organisation_id "
                        + "JOIN reporting_period p ON p.programme_id = pp.programme_id "
                        + "WHERE u.username = ?1 AND p.state = 'OPEN' ORDER BY p.due_on, p.year, p.quarter")
                .setParameter(1, caller.getCallerPrincipal().getName()).setMaxResults(1).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new PackageRef(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).findFirst();
    }

    /** The partner's report for the period, in the reader's language (empty if nothing was saved yet). */
    public NarrativeView report(long periodId, long partnerId, Locale locale) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var activities = activities(period);
        var kept = kept(period, partner);
        var content = kept.map(n -> n.content(order(activities))).orElseGet(() -> new NarrativeDraft(null, null, null, null,
                null, null, null, null));
        Map<Long, NarrativeDraft.Activity> lines = content.activities().stream()
                .collect(toMap(NarrativeDraft.Activity::resultId, Function.identity()));
        var rows = activities.stream().map(r -> new NarrativeView.ActivityRow(r.getId(), r.getCode(), r.getStatement().in(locale),
                lines.getOrDefault(r.getId(), new NarrativeDraft.Activity(r.getId(), null, null, null)))).toList();
        var submission = access.submission(period, partner, LockModeType.NONE).map(ReportSubmission::getState).orElse(null);
        var last = kept.map(NarrativeReport::getLastChange);
        return new NarrativeView(period.getId(), period.quarter().toString(), partner.getId(), partner.getCode(),
                partner.nameIn(locale), submission,
                period.getState() == PeriodState.OPEN && (submission == null || submission.isEditable()), rows, content,
                last.map(c -> c.username()).orElse(null), last.map(c -> c.at()).orElse(null));
    }

    /**
     * Keeps the draft as the partner's report for the period.
     *
     * @throws InvalidInput when the period is not open, the package not editable, the partner not the caller's,
     *                      or the draft breaks a rule (one violation each); nothing is saved
     * @throws EditConflict when the report was saved by someone else since its author read it
     */
    public void save(long periodId, long partnerId, NarrativeDraft draft) {
        Objects.requireNonNull(draft, "draft");
        // the period's row lock keeps saves of the package apart, as for its values
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var change = access.changeNow();
        access.editable(period, partner, change);
        List<Violation> found = new ArrayList<>();
        var checked = draft.checked(activities(period).stream().map(Result::getId).collect(toSet()), found);
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        var existing = kept(period, partner);
        if (!Objects.equals(draft.seenVersion(), existing.map(NarrativeReport::getVersion).orElse(null))) {
            throw EditConflict.against(em, "conflict.narrative", partner.getCode() + ", " + period.quarter(),
                    existing.map(NarrativeReport::getLastChange).orElse(null));
        }
        var report = existing.orElseGet(() -> new NarrativeReport(period, partner.getId()));
        report.revise(checked, change);
        if (existing.isEmpty()) {
            em.persist(report);
        } else {
            // a change of the activities or stories alone must move the version too
            em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    /**
     * The required sections of the partner's report that are still empty (activities done against plan,
     * beneficiaries reached, changes observed, challenges and risks), one violation each; none when it is complete.
     * For the package's submission, which has read the period and partner through {@link PackageAccess}.
     */
    public List<Violation> problems(ReportingPeriod period, Organisation partner) {
        var content = kept(period, partner).map(n -> n.content(Comparator.naturalOrder()));
        List<Violation> found = new ArrayList<>();
        if (content.map(c -> c.activities().stream().noneMatch(a -> a.status() != null && a.status().wasPlanned())).orElse(true)) {
            found.add(new Violation("activities", "narrative.required.activities", List.of(period.quarter().toString())));
        }
        if (content.map(c -> c.beneficiaries().isEmpty()).orElse(true)) {
            found.add(new Violation("beneficiaries", "narrative.required.beneficiaries", List.of(period.quarter().toString())));
        }
        if (!content.map(c -> NarrativeText.hasText(c.changesObserved())).orElse(false)) {
            found.add(new Violation("changesObserved", "narrative.required.changesObserved", List.of(period.quarter().toString())));
        }
        if (!content.map(c -> NarrativeText.hasText(c.challenges())).orElse(false)) {
            found.add(new Violation("challenges", "narrative.required.challenges", List.of(period.quarter().toString())));
        }
        return found;
    }

    private Optional<NarrativeReport> kept(ReportingPeriod period, Organisation partner) {
        return em.createNamedQuery(NarrativeReport.OF_PARTNER, NarrativeReport.class).setParameter("period", period)
                .setParameter("partner", partner.getId()).getResultStream().findFirst();
    }

    /** The programme's activities in the logframe's order (1.2.10 after 1.2.9). */
    private List<Result> activities(ReportingPeriod period) {
        return em.createQuery(ACTIVITIES, Result.class).setParameter("programme", period.getProgramme()).getResultStream()
                .sorted(Comparator.comparing(Result::getCode, NarrativeReports::compareCodes)).toList();
    }

    private static Comparator<Long> order(List<Result> activities) {
        List<Long> ids = activities.stream().map(Result::getId).toList();
        return Comparator.comparingInt(ids::indexOf);
    }

    static int compareCodes(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i])) : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
