package org.camove.web.results;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camove.indicators.IndicatorDescription;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.ProgrammeResults;
import org.camove.indicators.aggregation.Flag;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.logframe.MeasureType;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;

/**
 * One indicator's results for the dashboard's filters: figures to date, target and actual by quarter (table
 * and chart), the drill-down into its disaggregation, and its flags in words. Figures are read once per
 * filter change; the cross-tab's quarter is chosen without reading them again.
 */
@Named
@ViewScoped
public class IndicatorResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One quarter's figures, formatted. */
    public record QuarterFigures(String quarter, String target, String actual) implements Serializable {
    }

    /** The figures to date, formatted. */
    public record IndicatorFiguresToDate(String actual, String target, String percentOfTarget, String status)
            implements Serializable {
    }

    @EJB
    private IndicatorResults indicatorResults;

    @Inject
    private CurrentUser user;

    private Long id;
    private final DashboardFilters filters = new DashboardFilters();
    private IndicatorDescription indicator;

    private String figuresPeriod;
    private IndicatorFiguresToDate toDate;
    private List<QuarterFigures> quarters = List.of();
    private String chart;
    private Breakdown breakdown;
    private List<String> flags = List.of();
    private boolean partiallyDisaggregated;
    private String latestNarrative;
    private String crossTabPeriod = Breakdown.TO_DATE;

    /** Called by the page's view action: the indicator, its filters' choices and its figures in one service call. */
    public void load() {
        if (id == null) {
            return;
        }
        var locale = user.getLocale();
        var page = indicatorResults.indicatorPage(id, filters.filterOrShowWhyNot(user.mayIncludePending(), "filters", locale),
                locale, LocalDate.now()).orElse(null);
        if (page == null) {
            return;
        }
        indicator = page.indicator();
        filters.offer(page.partners(), indicator.programmeStart(), indicator.programmeEnd());
        show(page.results(), page.refused(), locale);
    }

    /** The filters changed (ajax). */
    public void filter() {
        filters.countryChanged();
        var locale = user.getLocale();
        try {
            show(indicatorResults.indicatorResults(id, filters.filter(user.mayIncludePending()), LocalDate.now())
                    .orElseThrow(), null, locale);
        } catch (InvalidInput refused) {
            show(null, refused, locale);
        }
        Dashboards.showInAddressBar("indicator-results.xhtml?id=" + id + filters.getQuery());
    }

    private void show(ProgrammeResults results, InvalidInput refused, Locale locale) {
        clear();
        if (refused != null) {
            DashboardFilters.show(refused, "filters", locale);
        }
        if (results == null) {
            return;
        }
        IndicatorResult result = results.of(id);
        ResourceBundle messages = Dashboards.messages(locale);
        var format = new FigureFormat(indicator.measureType(), locale, messages.getString("logframe.yes"),
                messages.getString("logframe.no"));
        figuresPeriod = results.periods().from() + " – " + results.periods().to();
        toDate = new IndicatorFiguresToDate(format.actual(result.totalToDate()), format.number(result.targetToDate()),
                format.percent(result.percentOfTarget()), result.status().name());
        quarters = result.periods().stream().map(p -> new QuarterFigures(p.quarter().toString(),
                format.number(p.target()), format.actual(p.actual()))).toList();
        chart = ResultsChart.of(indicator, result, messages, locale);
        breakdown = indicator.categories().isEmpty() ? null : new Breakdown(indicator, result, format::actual);
        partiallyDisaggregated = result.hasFlag(Flag.Kind.PARTIALLY_DISAGGREGATED);
        flags = explained(result.flags(), results.partners(), messages, locale);
        latestNarrative = result.latestNarrative().map(n -> n.narrative().text()).orElse(null);
    }

    private void clear() {
        figuresPeriod = null;
        toDate = null;
        quarters = List.of();
        chart = null;
        breakdown = null;
        flags = List.of();
        partiallyDisaggregated = false;
        latestNarrative = null;
    }

    private static List<String> explained(List<Flag> flags, List<ProgrammePartner> partners, ResourceBundle messages,
                                          Locale locale) {
        Map<Long, String> names = partners.stream().collect(Collectors.toMap(ProgrammePartner::id,
                p -> p.code() + " · " + p.name().in(locale)));
        Function<Flag, String> partner = flag -> names.getOrDefault(flag.partner().value(), "");
        return flags.stream().map(flag -> new MessageFormat(messages.getString("flag." + flag.kind()), locale)
                .format(new Object[] {partner.apply(flag), flag.quarter().toString()})).toList();
    }

    /** The address of the logframe with the same filters. */
    public String getLogframeUrl() {
        return "logframe.xhtml?programme=" + URLEncoder.encode(indicator.programmeCode(), StandardCharsets.UTF_8)
                + filters.getQuery();
    }

    public boolean isChartless() {
        return indicator != null && !ResultsChart.applies(indicator.measureType());
    }

    public boolean isPercentage() {
        return indicator != null && indicator.measureType() == MeasureType.PERCENTAGE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DashboardFilters getFilters() {
        return filters;
    }

    public IndicatorDescription getIndicator() {
        return indicator;
    }

    public String getFiguresPeriod() {
        return figuresPeriod;
    }

    public IndicatorFiguresToDate getToDate() {
        return toDate;
    }

    public List<QuarterFigures> getQuarters() {
        return quarters;
    }

    public String getChart() {
        return chart;
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public List<String> getFlags() {
        return flags;
    }

    public boolean isPartiallyDisaggregated() {
        return partiallyDisaggregated;
    }

    public String getLatestNarrative() {
        return latestNarrative;
    }

    public String getCrossTabPeriod() {
        return crossTabPeriod;
    }

    public void setCrossTabPeriod(String crossTabPeriod) {
        this.crossTabPeriod = crossTabPeriod == null ? Breakdown.TO_DATE : crossTabPeriod;
    }
}
