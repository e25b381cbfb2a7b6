package org.camove.web.logframe;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
            view.roots().forEach(node -> attach(node, root));
        }
    }

    private static void attach(LogframeView.Node node, TreeNode<LogframeRow> parent) {
        var branch = new DefaultTreeNode<>(LogframeRow.RESULT, LogframeRow.of(node), parent);
        branch.setExpanded(true);
        node.indicators().forEach(i -> new DefaultTreeNode<>(LogframeRow.INDICATOR, LogframeRow.of(i), branch));
        node.children().forEach(child -> attach(child, branch));
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
