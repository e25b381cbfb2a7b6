package org.camove.web.logframe;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammeResults;
import org.camove.logframe.LogframeView;
import org.camove.logframe.ProgrammeSummary;
import org.camove.shared.InvalidInput;
import org.camove.web.results.DashboardFilters;
import org.camove.web.results.Dashboards;
import org.camove.web.results.FigureFormat;
import org.camove.web.security.CurrentUser;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The logframe page: a programme's results and indicators as a tree table, with each indicator's figures
 * for the dashboard's filters. View scoped because the tree table keeps which branches are open across
 * its ajax requests, and the filters change the figures by ajax.
 */
@Named
@ViewScoped
public class LogframeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IndicatorResults indicatorResults;

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
            view.roots().forEach(node -> attach(node, root, figures));
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

    private static void attach(LogframeView.Node node, TreeNode<LogframeRow> parent, Map<Long, IndicatorFigures> figures) {
        var branch = new DefaultTreeNode<>(LogframeRow.RESULT, LogframeRow.of(node), parent);
        branch.setExpanded(true);
        node.indicators().forEach(i -> new DefaultTreeNode<>(LogframeRow.INDICATOR,
                LogframeRow.of(i, figures.getOrDefault(i.id(), IndicatorFigures.NONE)), branch));
        node.children().forEach(child -> attach(child, branch, figures));
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
