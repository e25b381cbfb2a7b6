package org.camove.web.results;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.ResultsFilter;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput;

/**
 * The dashboard's filters as the URL carries them ({@code country=KG&partner=KG-02&from=2025-Q1&to=2026-Q2&pending=true})
 * and the choices offered for them: the partners the reader may see (narrowed to the chosen country), their
 * countries, and the programme's quarters. Pages bind their view parameters and inputs to it; links and
 * downloads that must show the same view take {@link #getQuery()}.
 */
public class DashboardFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String country;
    private String partner;
    private String from;
    private String to;
    private boolean pending;

    private List<ProgrammePartner> visiblePartners = List.of();
    private List<String> quarters = List.of();

    /** The partners the reader may see and the programme's quarters, from its first to its last. */
    public void offer(List<ProgrammePartner> partners, LocalDate programmeStart, LocalDate programmeEnd) {
        visiblePartners = List.copyOf(partners);
        List<String> all = new ArrayList<>();
        for (Quarter q = Quarter.containing(programmeStart); !q.isAfter(Quarter.containing(programmeEnd)); q = q.next()) {
            all.add(q.toString());
        }
        quarters = List.copyOf(all);
    }

    /** The filter to compute with; pending values only for readers who may see them. */
    public ResultsFilter filter(boolean mayIncludePending) {
        return ResultsFilter.of(country, partner, from, to, pending && mayIncludePending);
    }

    /**
     * The filter to compute with, or null when the address carries one that does not parse (e.g. a quarter
     * written "2026-5"), which is then shown beside its input of the form {@code formId}.
     */
    public ResultsFilter filterOrShowWhyNot(boolean mayIncludePending, String formId, Locale locale) {
        try {
            return filter(mayIncludePending);
        } catch (InvalidInput refused) {
            show(refused, formId, locale);
            return null;
        }
    }

    /** A partner outside the chosen country no longer applies once the country changes. */
    public void countryChanged() {
        if (partner != null && getPartnerChoices().stream().noneMatch(p -> p.code().equals(partner))) {
            partner = null;
        }
    }

    /** Shows each refused filter beside its input of the form {@code formId} (and the form-wide ones on top). */
    public static void show(InvalidInput refused, String formId, Locale locale) {
        var faces = FacesContext.getCurrentInstance();
        refused.violations().forEach(v -> faces.addMessage(v.field() == null ? null : formId + ":" + v.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(locale), null)));
    }

    /** Country codes of the visible partners, in their order (by country, then code). */
    public List<String> getCountries() {
        return visiblePartners.stream().map(ProgrammePartner::country).distinct().toList();
    }

    /** The country's name in the reader's language, e.g. KG: Kyrgyzstan, Киргизия. */
    public String countryName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    public List<ProgrammePartner> getPartnerChoices() {
        return visiblePartners.stream().filter(p -> country == null || country.isBlank() || p.country().equals(country)).toList();
    }

    public List<String> getQuarters() {
        return quarters;
    }

    /** The filters as URL parameters, each starting with {@code &}, only those that are set; e.g. {@code &country=KG&to=2026-Q2}. */
    public String getQuery() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("country", country);
        set.put("partner", partner);
        set.put("from", from);
        set.put("to", to);
        set.put("pending", pending ? "true" : null);
        var query = new StringBuilder();
        set.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public boolean isFiltered() {
        return !getQuery().isEmpty();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isPending() {
        return pending;
    }

    public void setPending(boolean pending) {
        this.pending = pending;
    }

}
