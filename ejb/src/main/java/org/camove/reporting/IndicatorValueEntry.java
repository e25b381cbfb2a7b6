package org.camove.reporting;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.camove.indicators.IndicatorDescription;
import org.camove.indicators.IndicatorDescriptions;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.Indicator;
import org.camove.logframe.MeasureType;
import org.camove.organisations.Organisation;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;
import org.camove.shared.InvalidInput.Violation;

/**
 * How a partner's indicator values for a reporting period are read and entered: the partner's officer
 * enters their own organisation's, a programme manager or administrator may enter them on the partner's
 * behalf (recorded as such). Values are saved pending, only while the period is open, all or none: each
 * is checked by its {@link ValueRules} and against the version its author read. The first save starts the
 * partner's package for the period as a draft ({@link ReportSubmission}); once it is submitted or approved
 * its values are not changed. Every change of a value
 * is audited ({@link ReportedValueChange}) and recorded for the results cache ({@link ReportedValueChanges}).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
public class IndicatorValueEntry {

    private static final String ASSIGNED = "SELECT i FROM Indicator i JOIN i.result r JOIN i.responsiblePartners p "
            + "WHERE r.programme = :programme AND p = :partner ORDER BY r.id, i.position";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PackageAccess access;

    @EJB
    private IndicatorDescriptions descriptions;

    /** The partner's sheet for the period, in the reader's language. */
    public EntrySheet sheet(long periodId, long partnerId, Locale locale) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var indicators = assigned(period, partner);
        var values = values(indicators, partner, period.quarter());
        var cells = cells(values.values().stream().flatMap(List::stream).map(ReportedValue::getId).toList());
        Map<Long, BigDecimal> targets = targets(partner, period.quarter());
        var categories = descriptions.categories(ids(indicators), locale);
        var rows = indicators.stream().map(indicator -> {
            var own = values.getOrDefault(indicator.getId(), List.of());
            return new EntrySheet.Row(indicator.getId(), indicator.getCode(), indicator.getName().in(locale),
                    indicator.getUnit() == null ? "" : indicator.getUnit().in(locale), indicator.getMeasureType(),
                    categories.getOrDefault(indicator.getId(), List.of()),
                    EntrySheet.Entry.of(latest(own, period.quarter()), cells),
                    EntrySheet.Entry.of(latest(own, period.quarter().previous()), cells),
                    targets.get(indicator.getId()), scale(indicator, locale));
        }).toList();
        var submission = access.submission(period, partner, LockModeType.NONE).map(ReportSubmission::getState).orElse(null);
        return new EntrySheet(period.getId(), period.quarter().toString(), period.getState(), submission,
                period.getState() == PeriodState.OPEN && (submission == null || submission.isEditable()),
                partner.getId(), partner.getCode(), partner.nameIn(locale), rows);
    }

    /**
     * Saves the values entered for the partner and period as pending; rows left empty are skipped.
     *
     * @return how many values changed and the version of each value saved
     * @throws InvalidInput when the period is not open, the partner is not the caller's to enter for, an
     *                      indicator is not assigned to it, or a value breaks its rules (one violation each)
     * @throws EditConflict when a value was changed since its author read it; nothing is saved
     */
    public SavedValues save(long periodId, long partnerId, List<EnteredValue> entered) {
        // the package's row lock (PackageAccess.editable) keeps changes to it apart: what is read next is the latest
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var change = access.changeNow();
        access.editable(period, partner, change);
        Map<Long, Indicator> assigned = assigned(period, partner).stream().collect(toMap(Indicator::getId, Function.identity()));
        var categories = descriptions.categories(assigned.keySet(), Locale.ENGLISH);
        // the rules of each assigned indicator, read from the entities here; then every value checked by them, in
        // parallel (pure work on immutable records: a bulk import is 100,000 figures), the refusals kept in order
        Map<List<IndicatorDescription.Category>, Set<String>> keys = new HashMap<>(); // indicators share their breakdowns
        Map<Long, ValueRules> rules = assigned.values().stream().collect(toMap(Indicator::getId, i -> rules(i,
                keys.computeIfAbsent(categories.getOrDefault(i.getId(), List.of()), c -> Set.copyOf(ValueRules.cellKeys(c))))));
        String partnerCode = partner.getCode();
        List<Violation> found = new ArrayList<>();
        Map<EnteredValue, ValueRules.Reading> readings = new LinkedHashMap<>();
        record Checked(EnteredValue value, ValueRules.Reading reading, List<Violation> found) {
        }
        var checked = entered.parallelStream().filter(v -> !v.isBlank()).map(value -> {
            List<Violation> refused = new ArrayList<>();
            ValueRules rule = rules.get(value.indicatorId());
            if (rule == null) {
                refused.add(new Violation("value[" + value.indicatorId() + "]", "entry.notAssigned",
                        List.of(value.indicatorId(), partnerCode)));
                return new Checked(value, null, refused);
            }
            return new Checked(value, rule.read(value, refused), refused);
        }).toList();
        for (Checked each : checked) {
            found.addAll(each.found());
            if (each.reading() != null) {
                readings.put(each.value(), each.reading());
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        var pending = values(readings.keySet().stream().map(v -> assigned.get(v.indicatorId())).toList(), partner, period.quarter())
                .values().stream().flatMap(List::stream)
                .filter(v -> v.getApprovalState() == ApprovalState.PENDING && v.quarter().equals(period.quarter()))
                .collect(toMap(ReportedValue::getIndicatorId, Function.identity()));
        var keptCells = cells(pending.values().stream().map(ReportedValue::getId).toList());
        pending.values().forEach(v -> {
            em.detach(v); // written by ReportedValueRows: no managed entity goes stale, none is flushed twice
            v.detachedWith(keptCells.getOrDefault(v.getId(), Map.of()));
        });
        boolean onBehalf = !access.isPartnerOfficer();
        List<ReportedValueRows.Write> writes = new ArrayList<>();
        Map<Long, Long> versions = new LinkedHashMap<>();
        readings.forEach((value, reading) -> {
            var indicator = assigned.get(value.indicatorId());
            var existing = pending.get(indicator.getId());
            if (existing != null && existing.reading().equals(reading)) {
                versions.put(indicator.getId(), existing.getVersion());
                return; // what is kept sent again (a re-uploaded file, a repeated request) is no edit, so no conflict
            }
            if (!Objects.equals(value.seenVersion(), existing == null ? null : existing.getVersion())) {
                throw EditConflict.against(em, "conflict.value", indicator.getCode() + ", " + period.quarter(),
                        existing == null ? null : existing.getLastChange());
            }
            var kept = existing != null ? existing : ReportedValue.pending(indicator.getId(), partner.getId(), period.quarter());
            var audit = kept.change(reading, onBehalf, change);
            if (audit != null) {
                writes.add(new ReportedValueRows.Write(kept, reading, audit, indicator.getCode() + ", " + period.quarter()));
            }
            versions.put(indicator.getId(), existing == null ? ReportedValueRows.FIRST_VERSION : existing.getVersion() + (audit == null ? 0 : 1));
        });
        ReportedValueRows.write(em, writes);
        ReportedValueChanges.record(em, writes.stream().map(w -> w.value().getIndicatorId()).toList());
        return new SavedValues(writes.size(), versions.size() - writes.size(), versions);
    }

    /**
     * Every change of the partner's value of the indicator in the period, oldest first.
     *
     * @throws InvalidInput when the partner is not the caller's to read, or the indicator is not assigned to it
     */
    @SuppressWarnings("unchecked")
    public ValueHistory history(long periodId, long partnerId, long indicatorId, Locale locale) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var indicator = em.find(Indicator.class, indicatorId);
        boolean assigned = indicator != null && !em.createNativeQuery("SELECT 1 FROM indicator_partner ip JOIN indicator i "
                        + "ON i.id = ip.indicator_id JOIN result r ON r.id = i.result_id WHERE ip.indicator_id = ?1 "
                        + "AND ip.organisation_id = ?2 AND r.programme_id = ?3")
                .setParameter(1, indicatorId).setParameter(2, partnerId).setParameter(3, period.getProgramme().getId())
                .getResultList().isEmpty();
        if (!assigned) {
            throw InvalidInput.of("indicator", "entry.notAssigned", indicatorId, partner.getCode());
        }
        List<Object[]> rows = em.createNativeQuery("SELECT c.old_value, c.new_value, c.changed_by, u.full_name, c.changed_at, "
                        + "c.on_behalf, c.reason FROM indicator_value_change c LEFT JOIN app_user u ON u.username = c.changed_by "
                        + "WHERE c.indicator_id = ?1 AND c.partner_id = ?2 AND c.year = ?3 AND c.quarter = ?4 ORDER BY c.id")
                .setParameter(1, indicatorId).setParameter(2, partnerId)
                .setParameter(3, period.quarter().year()).setParameter(4, period.quarter().quarter()).getResultList();
        var changes = rows.stream().map(r -> new ValueHistory.Change((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                utc(r[4]), truth(r[5]), (String) r[6])).toList();
        return new ValueHistory(indicator.getCode(), indicator.getName().in(locale), period.quarter().toString(), changes);
    }

    /**
     * The periods the caller may read values of (by programme, latest first) and the partners of the programme of
     * {@code periodId} (or, when null, of the earliest open period: its report is due first) they may enter for: a
     * partner officer only their own organisation.
     */
    @SuppressWarnings("unchecked")
    public EntryChoices choices(Long periodId, Locale locale) {
        Long own = access.isPartnerOfficer() ? access.ownOrganisation().orElse(-1L) : null;
        List<Object[]> periods = em.createNativeQuery("SELECT p.id, g.code, p.year, p.quarter, p.state, p.programme_id "
                        + "FROM reporting_period p JOIN programme g ON g.id = p.programme_id WHERE p.state <> 'PLANNED' "
                        + "AND (?1 IS NULL OR p.programme_id IN (SELECT programme_id FROM programme_participant "
                        + "WHERE organisation_id = ?1)) ORDER BY g.code, p.year DESC, p.quarter DESC")
                .setParameter(1, own).getResultList();
        var programme = periods.stream().filter(p -> periodId == null ? PeriodState.OPEN.name().equals(p[4])
                        : ((Number) p[0]).longValue() == periodId)
                .reduce((later, earlier) -> periodId == null ? earlier : later)
                .map(p -> ((Number) p[5]).longValue()).orElse(-1L);
        List<Object[]> partners = em.createNativeQuery("SELECT o.id, o.code, o.name_en, o.name_ru FROM organisation o "
                        + "JOIN programme_participant pp ON pp.organisation_id = o.id WHERE o.kind = 'PARTNER' "
                        + "AND pp.programme_id = ?1 AND (?2 IS NULL OR o.id = ?2) ORDER BY o.code")
                .setParameter(1, programme).setParameter(2, own).getResultList();
        return new EntryChoices(
                periods.stream().map(p -> new EntryChoices.Period(((Number) p[0]).longValue(), (String) p[1],
                        Quarter.of(((Number) p[2]).intValue(), ((Number) p[3]).intValue()).toString(),
                        PeriodState.valueOf((String) p[4]))).toList(),
                partners.stream().map(o -> new EntryChoices.Partner(((Number) o[0]).longValue(), (String) o[1],
                        new LocalizedText((String) o[2], (String) o[3]).in(locale))).toList());
    }

    // ---- loading ------------------------------------------------------------------------------------

    private List<Indicator> assigned(ReportingPeriod period, Organisation partner) {
        return em.createQuery(ASSIGNED, Indicator.class).setParameter("programme", period.getProgramme())
                .setParameter("partner", partner).getResultList();
    }

    private static String scale(Indicator indicator, Locale locale) {
        if (indicator.getMeasureType() != MeasureType.QUALITATIVE || indicator.getScoreMin() == null || indicator.getScoreMax() == null) {
            return null;
        }
        var text = indicator.getScoreScale() == null ? null : indicator.getScoreScale().in(locale);
        return text == null || text.isBlank() ? Figure.plain(indicator.getScoreMin()) + "–" + Figure.plain(indicator.getScoreMax()) : text;
    }

    private static ValueRules rules(Indicator indicator, Set<String> cellKeys) {
        return new ValueRules(indicator.getCode(), indicator.getMeasureType(), cellKeys, indicator.getScoreMin(),
                indicator.getScoreMax());
    }

    /** The partner's values of the indicators in the quarter and the one before, by indicator. */
    private Map<Long, List<ReportedValue>> values(List<Indicator> indicators, Organisation partner, Quarter quarter) {
        if (indicators.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ReportedValue.OF_PARTNER, ReportedValue.class).setParameter("partner", partner.getId())
                .setParameter("indicators", ids(indicators))
                .setParameter("year", quarter.year()).setParameter("quarter", quarter.quarter())
                .setParameter("previousYear", quarter.previous().year()).setParameter("previousQuarter", quarter.previous().quarter())
                .getResultStream().collect(groupingBy(ReportedValue::getIndicatorId));
    }

    /**
     * The cells of the values, by value id, in one statement: loading each value's {@code @ElementCollection}
     * would cost one per value, and EclipseLink can neither batch nor join-fetch it (DescriptorException 69:
     * {@link Figure} is both an embedded total and the map's value).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<String, Figure>> cells(List<Long> valueIds) {
        if (valueIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT value_id, option_key, value, numerator, denominator "
                + "FROM indicator_value_cell WHERE value_id IN (" + String.join(",", valueIds.stream().map(String::valueOf).toList())
                + ")").getResultList();
        return rows.stream().collect(groupingBy(r -> ((Number) r[0]).longValue(),
                toMap(r -> (String) r[1], r -> Figure.of((BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4]))));
    }

    private static Instant utc(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((LocalDateTime) timestamp).toInstant(ZoneOffset.UTC);
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : ((Number) column).intValue() != 0;
    }

    private static List<Long> ids(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::getId).toList();
    }

    /** The value of the quarter as the partner last gave it: pending if there is one, else approved. */
    private static ReportedValue latest(List<ReportedValue> values, Quarter quarter) {
        return values.stream().filter(v -> v.quarter().equals(quarter))
                .min(Comparator.comparing(v -> v.getApprovalState() == ApprovalState.PENDING ? 0 : 1)).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, BigDecimal> targets(Organisation partner, Quarter quarter) {
        List<Object[]> rows = em.createNativeQuery("SELECT indicator_id, target FROM indicator_target "
                        + "WHERE partner_id = ?1 AND year = ?2 AND quarter = ?3")
                .setParameter(1, partner.getId()).setParameter(2, quarter.year()).setParameter(3, quarter.quarter())
                .getResultList();
        return rows.stream().collect(toMap(r -> ((Number) r[0]).longValue(), r -> (BigDecimal) r[1]));
    }
}
