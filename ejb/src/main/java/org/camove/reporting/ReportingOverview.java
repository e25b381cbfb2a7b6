package org.camove.reporting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camove.indicators.ResultsFilter;
import org.camove.logframe.Programme;
import org.camove.organisations.Organisation;
import org.camove.security.Role;

/**
 * The partners × periods matrix of a programme's packages for programme managers and administrators, in three
 * queries whatever its size (periods, partners, packages). A partner officer gets only their own
 * organisation's row.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
public class ReportingOverview {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /**
     * The programme's packages, optionally of one country's partners and a range of quarters (written 2026-Q1,
     * either end open); empty when there is no such programme.
     */
    public Optional<PackageOverview> overview(String programmeCode, String country, String from, String to, LocalDate today,
                                              Locale locale) {
        var filter = ResultsFilter.of(country, null, from, to, false);
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", programmeCode).getResultStream()
                .findFirst().map(programme -> {
                    var periods = em.createNamedQuery(ReportingPeriod.OF_PROGRAMME, ReportingPeriod.class)
                            .setParameter("programme", programme).getResultStream()
                            .filter(p -> filter.from() == null || !p.quarter().isBefore(filter.from()))
                            .filter(p -> filter.to() == null || !p.quarter().isAfter(filter.to())).toList();
                    return matrix(programme, periods, filter.country(), today, locale);
                });
    }

    /** The packages of one period (one column). */
    public Optional<PackageOverview> ofPeriod(long periodId, LocalDate today, Locale locale) {
        return Optional.ofNullable(em.find(ReportingPeriod.class, periodId))
                .map(period -> matrix(period.getProgramme(), List.of(period), null, today, locale));
    }

    private PackageOverview matrix(Programme programme, List<ReportingPeriod> periods, String country, LocalDate today,
                                   Locale locale) {
        var partners = partners(programme, country);
        Map<String, SubmissionState> states = new HashMap<>();
        if (!periods.isEmpty() && !partners.isEmpty()) {
            em.createNamedQuery(ReportSubmission.OF_PERIODS, ReportSubmission.class).setParameter("periods", periods)
                    .getResultList().forEach(s -> states.put(s.getPeriod().getId() + "/" + s.getPartnerId(), s.getState()));
        }
        List<List<Integer>> counts = new ArrayList<>();
        periods.forEach(p -> counts.add(new ArrayList<>(Collections.nCopies(PackageState.values().length, 0))));
        var rows = partners.stream().map(partner -> {
            List<PackageState> cells = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                var period = periods.get(i);
                var state = PackageState.of(states.get(period.getId() + "/" + partner.getId()), period.window().isPastGrace(today));
                cells.add(state);
                counts.get(i).set(state.ordinal(), counts.get(i).get(state.ordinal()) + 1);
            }
            return new PackageOverview.Partner(partner.getId(), partner.getCode(), partner.nameIn(locale), partner.getCountry(), cells);
        }).toList();
        List<PackageOverview.Period> columns = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            var period = periods.get(i);
            columns.add(new PackageOverview.Period(period.getId(), period.quarter().toString(), period.getState(), counts.get(i)));
        }
        return new PackageOverview(programme.getCode(), programme.getName().in(locale), columns, rows);
    }

    /** The programme's partners (of the country, if one is given); a partner officer's own organisation only. */
    @SuppressWarnings("unchecked")
    private List<Organisation> partners(Programme programme, String country) {
        boolean ownOnly = caller.isCallerInRole(Role.Names.PARTNER_OFFICER);
        var query = em.createNativeQuery("SELECT o.* FROM organisation o JOIN programme_participant pp ON pp.organisation_id = o.id "
                + "WHERE pp.programme_id = ?1 AND o.kind = 'PARTNER' AND (?2 IS NULL OR o.country = ?2) "
                + "AND (?3 IS NULL OR o.id = (SELECT u.organisation_id FROM app_user u WHERE u.username = ?3)) ORDER BY o.code",
                Organisation.class);
        return query.setParameter(1, programme.getId()).setParameter(2, country)
                .setParameter(3, ownOnly ? caller.getCallerPrincipal().getName() : null).getResultList();
    }
}
