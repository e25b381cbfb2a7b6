package org.camove.web.logframe;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ResultsFilter;
import org.camove.logframe.LogframeService;
import org.camove.logframe.LogframeView;
import org.camove.logframe.ProgrammeSummary;
import org.camove.web.security.CurrentUser;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The logframe page: a programme's results and indicators as a tree table. View scoped because the
 * tree table keeps which branches are open across its ajax requests.
 */
@Named
@ViewScoped
public class LogframeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LogframeService logframes;

    @EJB
    private IndicatorResults indicatorResults;

    @Inject
    private CurrentUser user;

    private String programme;
    private List<ProgrammeSummary> programmes;
    private LogframeView view;
    private TreeNode<LogframeRow> root;

    /** Called by the page's view action: reads the chosen programme, or the first one. */
    public void load() {
        var locale = user.getLocale();
        programmes = logframes.programmes(locale);
        if (programme == null && !programmes.isEmpty()) {
            programme = programmes.get(0).code();
        }
        view = programme == null ? null : logframes.logframe(programme, locale).orElse(null);
        root = new DefaultTreeNode<>(null, null);
        if (view != null) {
            Map<Long, IndicatorFigures> figures = figures(locale);
            view.roots().forEach(node -> attach(node, root, figures));
        }
    }

    private Map<Long, IndicatorFigures> figures(Locale locale) {
        if (!user.mayReadResults()) {
            return Map.of();
        }
        var faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        Map<Long, IndicatorFigures> figures = new HashMap<>();
        indicatorResults.results(programme, ResultsFilter.officialToDate(), LocalDate.now()).orElseThrow().byIndicator().forEach((id, result) ->
                figures.put(id, IndicatorFigures.of(result, locale, messages.getString("logframe.yes"),
                        messages.getString("logframe.no"))));
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
}
