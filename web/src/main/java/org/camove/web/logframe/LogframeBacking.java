package org.camove.web.logframe;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camove.finance.ResultSpend;
import org.camove.finance.SpendByResult;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammeResults;
import org.camove.logframe.LogframeView;
import org.camove.logframe.ProgrammeSummary;
import org.camove.shared.InvalidInput;
import org.camove.web.finance.MoneyText;
import org.camove.web.results.DashboardFilters;
import org.camove.web.results.Dashboards;
import org.camove.web.results.FigureFormat;
import org.camove.web.security.CurrentUser;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The logframe page: a programme's results and indicators as a tree table, with each indicator's figures
 * for the dashboard's filters. View scoped because the tree table keeps which branches are open across
 * its ajax requests, and the filters change the figures by ajax. Beside the figures, each result's approved spend
 * (per currency) and each counted indicator's cost per unit, for the same filters, as {@link ResultSpend} works them out.
 */
@Named
@ViewScoped
public class LogframeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IndicatorResults indicatorResults;

    @EJB
    private ResultSpend resultSpend;

    @Inject
    private CurrentUser user;

    private String programme;
    private List<ProgrammeSummary> programmes;
    private LogframeView view;
    private TreeNode<LogframeRow> root;

    // results dashboard: the filters and the quarters the figures cover
    private final DashboardFilters filters = new DashboardFilters();
    private String figuresPeriod;

    /** Called by the page's view action: reads the chosen programme, or the first one, in one service call. */
    public void load() {
        var locale = user.getLocale();
        var dashboard = indicatorResults.dashboard(programme, user.mayReadResults()
                ? filters.filterOrShowWhyNot(user.mayIncludePending(), "filters", locale) : null, locale, LocalDate.now());
        programmes = dashboard.programmes();
        view = dashboard.logframe();
        if (view != null) {
            programme = view.programmeCode();
            programmes.stream().filter(p -> p.code().equals(programme)).findFirst().ifPresent(p ->
                    filters.offer(dashboard.partners(), p.startDate(), p.endDate()));
        }
        showTree(dashboard.results(), dashboard.refused(), locale);
    }

    /** The filters changed (ajax): the figures are read again, the tree and its address follow. */
    public void filter() {
        filters.countryChanged();
        var locale = user.getLocale();
        try {
            showTree(user.mayReadResults() ? indicatorResults.results(programme, filters.filter(user.mayIncludePending()),
                    LocalDate.now()).orElse(null) : null, null, locale);
        } catch (InvalidInput refused) {
            showTree(null, refused, locale);
        }
        Dashboards.showInAddressBar("logframe.xhtml?programme=" + URLEncoder.encode(programme, StandardCharsets.UTF_8)
                + filters.getQuery());
    }

    private void showTree(ProgrammeResults results, InvalidInput refused, Locale locale) {
        if (refused != null) {
            DashboardFilters.show(refused, "filters", locale);
        }
        root = new DefaultTreeNode<>(null, null);
        if (view != null) {
            Map<Long, IndicatorFigures> figures = figures(results, locale);
            var spend = new SpendTexts(results == null ? SpendByResult.NONE : resultSpend.of(results), locale);
            view.roots().forEach(node -> attach(node, root, figures, spend));
        }
    }

    /** The spend column's texts: a result's spend per currency, an indicator's cost per unit ("12.40 USD per unit (people)"). */
    private record SpendTexts(SpendByResult spend, Locale locale) {

        List<String> ofResult(LogframeView.Node node) {
            return spend.of(node.id()).stream().map(m -> MoneyText.of(m, locale)).toList();
        }

        List<String> ofIndicator(LogframeView.IndicatorLine indicator) {
            String pattern = Dashboards.messages(locale).getString("dashboard.costPerUnit");
            return spend.costPerUnitOf(indicator.id()).stream().map(cost -> new MessageFormat(pattern, locale)
                    .format(new Object[] {MoneyText.of(cost, locale), indicator.unit()})).toList();
        }
    }

    private Map<Long, IndicatorFigures> figures(ProgrammeResults results, Locale locale) {
        figuresPeriod = null;
        if (results == null) {
            return Map.of();
        }
        var messages = Dashboards.messages(locale);
        Map<Long, IndicatorFigures> figures = new HashMap<>();
        view.resultsInOrder().forEach(node -> node.indicators().forEach(line -> figures.put(line.id(),
                IndicatorFigures.of(results.of(line.id()), new FigureFormat(line.measureType(), locale,
                        messages.getString("logframe.yes"), messages.getString("logframe.no"))))));
        figuresPeriod = results.periods().from() + " – " + results.periods().to();
        return figures;
    }

    private static void attach(LogframeView.Node node, TreeNode<LogframeRow> parent, Map<Long, IndicatorFigures> figures,
                               SpendTexts spend) {
        var branch = new DefaultTreeNode<>(LogframeRow.RESULT, LogframeRow.of(node, spend.ofResult(node)), parent);
        branch.setExpanded(true);
        node.indicators().forEach(i -> new DefaultTreeNode<>(LogframeRow.INDICATOR,
                LogframeRow.of(i, figures.getOrDefault(i.id(), IndicatorFigures.NONE), spend.ofIndicator(i)), branch));
        node.children().forEach(child -> attach(child, branch, figures, spend));
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes;
    }

    public LogframeView getView() {
        return view;
    }

    public TreeNode<LogframeRow> getRoot() {
        return root;
    }

    public DashboardFilters getFilters() {
        return filters;
    }

    /** The quarters the figures cover, e.g. "2025-Q1 – 2026-Q2"; null when no figures are shown. */
    public String getFiguresPeriod() {
        return figuresPeriod;
    }
}
