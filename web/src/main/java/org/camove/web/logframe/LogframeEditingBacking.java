package org.camove.web.logframe;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.camove.logframe.LogframeEditing;
import org.camove.logframe.LogframeView;
import org.camove.logframe.ResultChoice;
import org.camove.logframe.ResultText;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * The editing controls of the logframe page, for programme managers and administrators: add, edit, move
 * and delete results. Each action is one service call, then back to the page (post-redirect-get); a
 * refusal stays in its dialog beside the fields. The service decides who may edit; {@link #isAllowed}
 * only hides controls that would be refused.
 */
@Named
@ViewScoped
public class LogframeEditingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The "move to" choice that means the top of the logframe. */
    static final long TOP = 0L;

    @EJB
    private LogframeEditing editing;

    @Inject
    private LogframeBacking logframe;

    @Inject
    private CurrentUser user;

    private boolean allowed;

    private Long resultId;
    private Long parentId;
    private String code;
    private long version;
    private String statementEn;
    private String statementRu;
    private String assumptionsEn;
    private String assumptionsRu;
    private String risksEn;
    private String risksRu;
    private List<ResultChoice> moveChoices = List.of();
    private Long moveTarget;

    @PostConstruct
    void init() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        allowed = external.isUserInRole(Role.Names.PROGRAMME_MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    public boolean isAllowed() {
        return allowed;
    }

    // ---- add and edit (one dialog) -----------------------------------------------------------------

    public void openAdd(Long parent, String parentCode) {
        resultId = null;
        parentId = parent;
        code = parentCode;
        fill(ResultText.statement(null, null));
    }

    public void openEdit(long id) {
        var draft = editing.result(programme(), id);
        if (draft.isEmpty()) {
            FieldMessages.show(InvalidInput.of(null, "logframe.resultGone"), "resultForm", user.getLocale());
            return;
        }
        resultId = id;
        parentId = null;
        code = draft.get().code();
        version = draft.get().version();
        fill(draft.get().text());
    }

    private void fill(ResultText text) {
        statementEn = text.statementEn();
        statementRu = text.statementRu();
        assumptionsEn = text.assumptionsEn();
        assumptionsRu = text.assumptionsRu();
        risksEn = text.risksEn();
        risksRu = text.risksRu();
    }

    private ResultText text() {
        return new ResultText(statementEn, statementRu, assumptionsEn, assumptionsRu, risksEn, risksRu);
    }

    public String save() {
        return attempt("resultForm", () -> {
            if (resultId == null) {
                editing.addResult(programme(), parentId, text());
            } else {
                editing.editResult(programme(), resultId, version, text());
            }
        }, "editing.saved");
    }

    // ---- move and delete ---------------------------------------------------------------------------

    public String moveUp(long id) {
        return attempt("logframeForm", () -> editing.moveUp(programme(), id, seen(id)), "editing.moved");
    }

    public String moveDown(long id) {
        return attempt("logframeForm", () -> editing.moveDown(programme(), id, seen(id)), "editing.moved");
    }

    public void openMove(long id, String resultCode) {
        resultId = id;
        code = resultCode;
        moveTarget = null;
        moveChoices = editing.moveTargets(programme(), id, user.getLocale());
    }

    public String move() {
        return attempt("moveForm", () -> editing.moveResult(programme(), resultId, seen(resultId),
                moveTarget == null || moveTarget == TOP ? null : moveTarget), "editing.moved");
    }

    public void openDelete(long id, String resultCode) {
        resultId = id;
        code = resultCode;
    }

    public String delete() {
        return attempt("deleteForm", () -> editing.deleteResult(programme(), resultId, seen(resultId)), "editing.deleted");
    }

    /** The result's version as the page showed it: what moves and deletes hand back. */
    private long seen(long id) {
        // a result the page did not show was added after it was read: its version 0 will not match
        var shown = logframe.getView();
        return shown == null ? -1L : shown.resultsInOrder().stream().filter(node -> node.id() == id)
                .mapToLong(LogframeView.Node::version).findFirst().orElse(-1L);
    }

    private String attempt(String formId, Runnable edit, String doneKey) {
        return FieldMessages.attempt(edit, formId, user.getLocale(), doneKey, "/logframe?faces-redirect=true&programme=" + programme());
    }

    private String programme() {
        return logframe.getProgramme();
    }

    // ---- the dialogs' fields -----------------------------------------------------------------------

    public boolean isAdding() {
        return resultId == null;
    }

    public String getCode() {
        return code;
    }

    public List<ResultChoice> getMoveChoices() {
        return moveChoices;
    }

    public Long getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(Long moveTarget) {
        this.moveTarget = moveTarget;
    }

    public long getTop() {
        return TOP;
    }

    public String getStatementEn() {
        return statementEn;
    }

    public void setStatementEn(String value) {
        this.statementEn = value;
    }

    public String getStatementRu() {
        return statementRu;
    }

    public void setStatementRu(String value) {
        this.statementRu = value;
    }

    public String getAssumptionsEn() {
        return assumptionsEn;
    }

    public void setAssumptionsEn(String value) {
        this.assumptionsEn = value;
    }

    public String getAssumptionsRu() {
        return assumptionsRu;
    }

    public void setAssumptionsRu(String value) {
        this.assumptionsRu = value;
    }

    public String getRisksEn() {
        return risksEn;
    }

    public void setRisksEn(String value) {
        this.risksEn = value;
    }

    public String getRisksRu() {
        return risksRu;
    }

    public void setRisksRu(String value) {
        this.risksRu = value;
    }
}
