package org.camove.indicators;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camove.indicators.aggregation.AggregationEngine;
import org.camove.indicators.aggregation.Baseline;
import org.camove.indicators.aggregation.IndicatorAggregation;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.IndicatorRules;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.StatusThresholds;
import org.camove.indicators.aggregation.Targets;
import org.camove.logframe.Indicator;
import org.camove.logframe.LogframeService;
import org.camove.logframe.LogframeView;
import org.camove.logframe.Programme;
import org.camove.logframe.ProgrammeSummary;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;

/**
 * Computes indicators' results for a scope from the values in the database, for one indicator or a whole
 * programme in the same three queries: indicators, their targets and cross-tabs, and one streamed query of
 * values and cells ordered indicator by indicator, partner by partner, so memory stays bounded whatever the
 * size. Results already computed for an indicator's current definition and values are taken from the
 * {@link ResultsCache}; the last two queries then cover only the indicators that changed, or are not sent.
 * Pages, reports and the API ask through a {@link ResultsFilter}; a partner officer is given only their
 * own organisation's figures, whatever the filter asks.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER})
public class IndicatorResults {

    private static final String PARTNERS = "SELECT o.id, o.code, o.name_en, o.name_ru, o.country "
            + "FROM programme_participant pp JOIN organisation o ON o.id = pp.organisation_id "
            + "WHERE pp.programme_id = ?1 AND o.kind = 'PARTNER'";
    private static final String BY_COUNTRY = " ORDER BY o.country, o.code";

    private final AggregationEngine engine = new AggregationEngine();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private ResultsCache cache;

    @EJB
    private LogframeService logframes;

    @EJB
    private IndicatorDescriptions descriptions;

    public Optional<IndicatorResult> resultsFor(long indicatorId, Scope scope) {
        return indicator(indicatorId)
                .map(indicator -> compute(List.of(indicator), scope, indicator.getResult().getProgramme()).get(indicatorId));
    }

    /** Every indicator of the programme, by id (readers order them by the logframe tree); empty when there is no such programme. */
    public Map<Long, IndicatorResult> resultsForProgramme(String programmeCode, Scope scope) {
        return programme(programmeCode).map(programme -> compute(indicatorsOf(programme), scope, programme))
                .orElse(Map.of());
    }

    /**
     * A programme's results as the filter asks; empty when there is no such programme. The range runs
     * from the filter's first quarter (or the programme's) to its last, or else to the last quarter with
     * approved values (never past today or the programme's end): a quarter still being reported would
     * otherwise count its targets before its values.
     *
     * @throws InvalidInput when the filter names an unknown partner, a country without partners, a range
     *                      outside the programme, or (for a partner officer) another organisation
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public Optional<ProgrammeResults> results(String programmeCode, ResultsFilter filter, LocalDate today) {
        return programme(programmeCode).map(programme -> {
            List<Indicator> indicators = indicatorsOf(programme);
            return results(programme, indicators, indicators, visiblePartners(programme), filter, today);
        });
    }

    /**
     * The results dashboard of the programme (or of the first programme, when none is named) for the
     * filter (none: the logframe without figures), each thing read once.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public ResultsDashboard dashboard(String programmeCode, ResultsFilter filter, Locale locale, LocalDate today) {
        List<Programme> all = em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
        List<ProgrammeSummary> summaries = all.stream().map(p -> ProgrammeSummary.of(p, locale)).toList();
        // codes compare as the database compares them (its collation ignores case)
        Programme programme = all.stream().filter(p -> programmeCode == null || p.getCode().equalsIgnoreCase(programmeCode))
                .findFirst().orElse(null);
        if (programme == null) {
            return new ResultsDashboard(summaries, null, List.of(), null, null);
        }
        List<Indicator> indicators = indicatorsOf(programme);
        LogframeView logframe = logframes.logframe(programme, indicators, locale);
        List<ProgrammePartner> visible = visiblePartners(programme);
        try {
            ProgrammeResults results = filter == null ? null : results(programme, indicators, indicators, visible, filter, today);
            return new ResultsDashboard(summaries, logframe, visible, results, null);
        } catch (InvalidInput refused) {
            return new ResultsDashboard(summaries, logframe, visible, null, refused);
        }
    }

    /** The page of one indicator's results for the filter (none: without figures); empty when there is no such indicator. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public Optional<IndicatorResultsPage> indicatorPage(long indicatorId, ResultsFilter filter, Locale locale, LocalDate today) {
        return indicator(indicatorId).map(indicator -> {
            Programme programme = indicator.getResult().getProgramme();
            IndicatorDescription description = descriptions.describe(indicator, locale);
            List<ProgrammePartner> visible = visiblePartners(programme);
            try {
                return new IndicatorResultsPage(description, visible, filter == null ? null
                        : results(programme, indicatorsOf(programme), List.of(indicator), visible, filter, today), null);
            } catch (InvalidInput refused) {
                return new IndicatorResultsPage(description, visible, null, refused);
            }
        });
    }

    /** One indicator's results as the filter asks; empty when there is no such indicator. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public Optional<ProgrammeResults> indicatorResults(long indicatorId, ResultsFilter filter, LocalDate today) {
        return indicator(indicatorId).map(indicator -> {
            Programme programme = indicator.getResult().getProgramme();
            return results(programme, indicatorsOf(programme), List.of(indicator), visiblePartners(programme), filter, today);
        });
    }

    /**
     * The results of some of a programme's indicators for some of the partners {@code results} cover, over its
     * quarters and with its choice of pending values: e.g. what the partners whose grants paid for a result achieved
     * (cost per result). Partners {@code results} does not cover are ignored, so a partner officer never gets another's.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public Map<Long, IndicatorResult> resultsOf(ProgrammeResults results, Collection<Long> indicatorIds, Collection<Long> partnerIds) {
        List<PartnerId> partners = results.partners().stream().map(ProgrammePartner::id).filter(partnerIds::contains)
                .map(PartnerId::of).toList();
        Optional<Programme> programme = programme(results.programmeCode());
        if (partners.isEmpty() || programme.isEmpty()) {
            return Map.of();
        }
        Scope scope = Scope.partners(partners, results.periods());
        return compute(indicatorsOf(programme.get()).stream().filter(i -> indicatorIds.contains(i.getId())).toList(),
                results.filter().includePending() ? scope.includingPending() : scope, programme.get());
    }

    /** The programme's partners the caller may see figures of: all of them, or a partner officer's own. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public List<ProgrammePartner> partners(String programmeCode) {
        return programme(programmeCode).map(this::visiblePartners).orElse(List.of());
    }

    /** The results of {@code shown}, some or all of the programme's indicators ({@code all}, which say what "to date" is). */
    private ProgrammeResults results(Programme programme, List<Indicator> all, List<Indicator> shown,
                                     List<ProgrammePartner> visible, ResultsFilter filter, LocalDate today) {
        List<ProgrammePartner> partners = partnersIn(visible, filter);
        PeriodRange periods = periodsOf(programme, all, filter, today);
        boolean whole = filter.country() == null && filter.partner() == null && !isPartnerOfficer();
        Scope scope = whole ? Scope.programme(periods)
                : Scope.partners(partners.stream().map(p -> PartnerId.of(p.id())).toList(), periods);
        return new ProgrammeResults(programme.getCode(), filter, periods, partners,
                compute(shown, filter.includePending() ? scope.includingPending() : scope, programme));
    }

    private List<ProgrammePartner> visiblePartners(Programme programme) {
        List<Object[]> rows = isPartnerOfficer()
                ? rows(PARTNERS + " AND o.id = (SELECT u.organisation_id FROM app_user u WHERE u.username = ?2)" + BY_COUNTRY,
                        programme.getId(), caller.getCallerPrincipal().getName())
                : rows(PARTNERS + BY_COUNTRY, programme.getId());
        return rows.stream().map(row -> new ProgrammePartner(((Number) row[0]).longValue(), (String) row[1],
                LocalizedText.of((String) row[2], (String) row[3]), (String) row[4])).toList();
    }

    private List<ProgrammePartner> partnersIn(List<ProgrammePartner> visible, ResultsFilter filter) {
        List<ProgrammePartner> chosen = visible;
        if (filter.partner() != null) {
            chosen = visible.stream().filter(p -> p.code().equals(filter.partner())).toList();
            if (chosen.isEmpty()) {
                throw isPartnerOfficer() ? InvalidInput.of("partner", "results.filter.notYourOrganisation")
                        : InvalidInput.of("partner", "results.filter.unknownPartner", filter.partner());
            }
        }
        if (filter.country() != null) {
            chosen = chosen.stream().filter(p -> filter.country().equals(p.country())).toList();
            if (chosen.isEmpty()) {
                throw isPartnerOfficer() ? InvalidInput.of("country", "results.filter.notYourOrganisation")
                        : InvalidInput.of("country", "results.filter.noPartnersInCountry", filter.country());
            }
        }
        if (chosen.isEmpty() && isPartnerOfficer()) {
            // a partner officer of an organisation that does not take part in this programme
            throw InvalidInput.of(null, "results.filter.notYourOrganisation");
        }
        return chosen;
    }

    private PeriodRange periodsOf(Programme programme, List<Indicator> indicators, ResultsFilter filter, LocalDate today) {
        Quarter start = Quarter.containing(programme.getStartDate());
        Quarter end = Quarter.containing(programme.getEndDate());
        for (Quarter asked : Arrays.asList(filter.from(), filter.to())) {
            if (asked != null && (asked.isBefore(start) || asked.isAfter(end))) {
                throw InvalidInput.of(asked == filter.from() ? "from" : "to", "results.filter.outsideProgramme",
                        start, end, asked);
            }
        }
        Quarter from = filter.from() == null ? start : filter.from();
        Quarter to = filter.to() != null ? filter.to() : toDate(indicators, start, end, today);
        if (from.isAfter(to)) {
            if (filter.to() != null) {
                throw InvalidInput.of("to", "results.filter.rangeReversed", from, to);
            }
            to = from;
        }
        return PeriodRange.of(from, to);
    }

    private Quarter toDate(List<Indicator> indicators, Quarter start, Quarter end, LocalDate today) {
        Quarter now = Quarter.containing(today);
        Quarter last = indicators.stream().map(Indicator::latestApprovedQuarter).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).filter(q -> !q.isAfter(now)).orElse(now);
        return last.isBefore(start) ? start : last.isAfter(end) ? end : last;
    }

    private boolean isPartnerOfficer() {
        return caller.isCallerInRole(Role.Names.PARTNER_OFFICER) && !caller.isCallerInRole(Role.Names.ADMIN)
                && !caller.isCallerInRole(Role.Names.PROGRAMME_MANAGER) && !caller.isCallerInRole(Role.Names.FINANCE_REVIEWER);
    }

    private Optional<Programme> programme(String code) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Optional<Indicator> indicator(long id) {
        return em.createNamedQuery(Indicator.WITH_PROGRAMME, Indicator.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private List<Indicator> indicatorsOf(Programme programme) {
        return em.createNamedQuery(Indicator.OF_PROGRAMME, Indicator.class)
                .setParameter("programme", programme).getResultList();
    }

    /** Each indicator's result from the cache, computing only those whose definition, values or scope are new. */
    private Map<Long, IndicatorResult> compute(List<Indicator> indicators, Scope scope, Programme programme) {
        StatusThresholds thresholds = programme.getThresholds();
        Map<Long, IndicatorResult> results = new LinkedHashMap<>();
        Map<Long, Indicator> toCompute = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            IndicatorResult kept = cache.get(ResultsCache.key(indicator, thresholds, scope), indicator.getVersion(),
                    indicator.getValuesRevision());
            results.put(indicator.getId(), kept);
            if (kept == null) {
                toCompute.put(indicator.getId(), indicator);
            }
        }
        Map<Long, IndicatorResult> computed = computeAfresh(List.copyOf(toCompute.values()), scope, thresholds);
        results.putAll(computed);
        if (!computed.isEmpty()) {
            // kept only once what they were computed from is committed: a transaction that wrote values and
            // rolled back must not leave results under a revision a later change will take
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        computed.forEach((id, result) -> {
                            Indicator indicator = toCompute.get(id);
                            cache.put(ResultsCache.key(indicator, thresholds, scope), indicator.getVersion(),
                                    indicator.getValuesRevision(), result);
                        });
                    }
                }
            });
        }
        return results;
    }

    private Map<Long, IndicatorResult> computeAfresh(List<Indicator> indicators, Scope scope, StatusThresholds thresholds) {
        if (indicators.isEmpty()) {
            return Map.of();
        }
        String ids = indicators.stream().map(i -> i.getId().toString()).collect(joining(","));
        Map<Long, IndicatorRules> rules = rulesOf(indicators, ids, thresholds);
        Map<Long, IndicatorAggregation> running = new LinkedHashMap<>();
        rules.forEach((id, indicatorRules) -> running.put(id, engine.start(indicatorRules, scope)));
        try (Stream<ReportedValues.Row> rows = ReportedValues.rows(em, ids, scope)) {
            ReportedValues.periodValues(rows.iterator(), rules)
                    .forEachRemaining(value -> running.get(value.indicatorId()).accept(value.value()));
        }
        Map<Long, IndicatorResult> results = new LinkedHashMap<>();
        running.forEach((id, aggregation) -> results.put(id, aggregation.result()));
        return results;
    }

    private Map<Long, IndicatorRules> rulesOf(List<Indicator> indicators, String ids, StatusThresholds thresholds) {
        Map<Long, Map<Quarter, BigDecimal>> programmeTargets = new HashMap<>();
        Map<Long, Map<PartnerId, Map<Quarter, BigDecimal>>> partnerTargets = new HashMap<>();
        Map<Long, List<String>> categories = new HashMap<>();
        // targets and cross-tab categories in one round trip: a kind, the indicator, then each kind's columns
        for (Object[] row : rows("SELECT 'T', indicator_id, partner_id, year, quarter, target, NULL FROM indicator_target "
                + "WHERE indicator_id IN (" + ids + ") UNION ALL "
                + "SELECT 'C', ic.indicator_id, NULL, ic.position, NULL, NULL, c.code FROM indicator_category ic "
                + "JOIN disaggregation_category c ON c.id = ic.category_id WHERE ic.indicator_id IN (" + ids + ") "
                + "ORDER BY 1, 2, 4")) {
            long indicator = ((Number) row[1]).longValue();
            if ("C".equals(row[0])) {
                categories.computeIfAbsent(indicator, id -> new ArrayList<>()).add((String) row[6]);
                continue;
            }
            Quarter quarter = Quarter.of(((Number) row[3]).intValue(), ((Number) row[4]).intValue());
            BigDecimal target = (BigDecimal) row[5];
            var perQuarter = row[2] == null ? programmeTargets.computeIfAbsent(indicator, i -> new TreeMap<>())
                    : partnerTargets.computeIfAbsent(indicator, i -> new HashMap<>())
                            .computeIfAbsent(PartnerId.of(((Number) row[2]).longValue()), p -> new TreeMap<>());
            perQuarter.put(quarter, target);
        }
        Map<Long, IndicatorRules> rules = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            Targets targets = Targets.ofProgramme(programmeTargets.getOrDefault(indicator.getId(), Map.of()));
            for (var partner : partnerTargets.getOrDefault(indicator.getId(), Map.of()).entrySet()) {
                targets = targets.withPartner(partner.getKey(), partner.getValue());
            }
            var indicatorRules = IndicatorRules.of(indicator.getMeasureType(), indicator.getTimeAggregation(),
                            indicator.getPartnerAggregation())
                    .withDirection(indicator.getDirection())
                    .withThresholds(thresholds)
                    .withLifeOfProgrammeTarget(indicator.getLifeOfProgrammeTarget())
                    .withTargets(targets);
            if (indicator.getBaseline() != null) {
                indicatorRules = indicatorRules.withBaseline(new Baseline(indicator.getBaseline(),
                        indicator.getBaselineDate(), indicator.getBaselineSource()));
            }
            List<String> byCategories = categories.getOrDefault(indicator.getId(), List.of());
            if (!byCategories.isEmpty()) {
                indicatorRules = indicatorRules.disaggregatedBy(byCategories.toArray(String[]::new));
            }
            rules.put(indicator.getId(), indicatorRules);
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
