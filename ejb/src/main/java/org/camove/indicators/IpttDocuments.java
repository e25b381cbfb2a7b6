package org.camove.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camove.logframe.LogframeView;
import org.camove.reports.iptt.IpttReport;
import org.camove.reports.iptt.IpttReportData;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;

/**
 * The IPTT of a programme as PDF or XLSX, in the reader's language, from {@link IndicatorResults} as the filter
 * asks (a partner officer gets their own organisation's figures only: the results service sees to it) and the
 * logframe tree. Donors are not given it: they receive issued reports.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class IpttDocuments {

    private static final String OPTION_NAMES = "SELECT c.code, o.code, o.name_en, o.name_ru, c.name_en, c.name_ru, "
            + "c.position, o.position FROM category_option o JOIN disaggregation_category c ON c.id = o.category_id";

    @EJB
    private IndicatorResults indicatorResults;

    @PersistenceContext
    private EntityManager em;

    /**
     * @return empty when there is no such programme
     * @throws InvalidInput when the filter does not fit the programme (see {@link IndicatorResults#results})
     */
    public Optional<byte[]> pdf(String programmeCode, ResultsFilter filter, Locale locale, LocalDate today) {
        return data(programmeCode, filter, locale, today).map(IpttReport::renderPdf);
    }

    /** Like {@link #pdf}, as a workbook. */
    public Optional<byte[]> xlsx(String programmeCode, ResultsFilter filter, Locale locale, LocalDate today) {
        return data(programmeCode, filter, locale, today).map(IpttReport::renderXlsx);
    }

    private Optional<IpttReportData> data(String programmeCode, ResultsFilter filter, Locale locale, LocalDate today) {
        // the logframe and its figures as the dashboard reads them: each thing once
        ResultsDashboard read = indicatorResults.dashboard(Objects.requireNonNull(programmeCode), filter, locale, today);
        if (read.refused() != null) {
            throw read.refused();
        }
        if (read.logframe() == null) {
            return Optional.empty();
        }
        LogframeView logframe = read.logframe();
        ProgrammeResults figures = read.results();
        return Optional.of(new IpttReportData(logframe.programmeName(), today, locale,
                figures.periods().quarters().stream().map(Object::toString).toList(),
                IpttRows.countryName(filter.country(), locale), partnerName(figures, locale),
                filter.includePending(), new IpttRows(figures, optionNames(locale)).of(logframe)));
    }

    /** The one partner the figures are limited to (named, or a partner officer's own), or null. */
    private static String partnerName(ProgrammeResults figures, Locale locale) {
        boolean wholeProgramme = figures.byIndicator().values().stream().findFirst()
                .map(result -> result.scope().wholeProgramme())
                .orElse(figures.filter().partner() == null && figures.filter().country() == null);
        if (figures.partners().size() != 1 || wholeProgramme
                || figures.filter().partner() == null && figures.filter().country() != null) {
            return null;
        }
        ProgrammePartner partner = figures.partners().get(0);
        return partner.name().in(locale) + " (" + partner.code() + ")";
    }

    @SuppressWarnings("unchecked")
    private Map<String, IpttRows.OptionName> optionNames(Locale locale) {
        Map<String, IpttRows.OptionName> names = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(OPTION_NAMES).getResultList()) {
            String category = LocalizedText.of((String) row[4], (String) row[5]).in(locale);
            String option = LocalizedText.of((String) row[2], (String) row[3]).in(locale);
            names.put(row[0] + "=" + row[1], new IpttRows.OptionName(category + ": " + option,
                    ((Number) row[6]).intValue(), ((Number) row[7]).intValue()));
        }
        return names;
    }
}
