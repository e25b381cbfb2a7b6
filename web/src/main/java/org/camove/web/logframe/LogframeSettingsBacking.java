package org.camove.web.logframe;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import org.camove.logframe.LogframeEditing;
import org.camove.logframe.ProgrammeSettings;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * The programme's logframe levels and on-track thresholds ({@code logframe-settings.xhtml}), for programme
 * managers and administrators. Each save hands back the version the page was opened with.
 */
@Named
@ViewScoped
public class LogframeSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LogframeEditing editing;

    @Inject
    private CurrentUser user;

    private String programme;
    private ProgrammeSettings settings;

    /** The level being renamed (its depth), or 0 when a new level is being added. */
    private int levelDepth;
    private String levelNameEn;
    private String levelNameRu;
    private BigDecimal green;
    private BigDecimal amber;

    /** The page's view action: an unknown programme is answered like a page that does not exist. */
    public void load() throws IOException {
        settings = programme == null ? null : editing.settings(programme, user.getLocale()).orElse(null);
        if (settings == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        green = settings.greenThreshold();
        amber = settings.amberThreshold();
    }

    public void openRename(ProgrammeSettings.Level level) {
        levelDepth = level.depth();
        levelNameEn = level.nameEn();
        levelNameRu = level.nameRu();
    }

    public void openAdd() {
        levelDepth = 0;
        levelNameEn = null;
        levelNameRu = null;
    }

    public String saveLevel() {
        if (levelDepth == 0) {
            return attempt("levelForm", () -> editing.addLevel(programme, settings.version(), levelNameEn, levelNameRu));
        }
        long seen = settings.levels().get(levelDepth - 1).version();
        return attempt("levelForm", () -> editing.renameLevel(programme, levelDepth, seen, levelNameEn, levelNameRu));
    }

    public String removeDeepestLevel() {
        return attempt("levelsForm", () -> editing.removeDeepestLevel(programme, settings.version()));
    }

    public String saveThresholds() {
        return attempt("thresholdsForm", () -> editing.setThresholds(programme, settings.version(), green, amber));
    }

    private String attempt(String formId, Runnable edit) {
        return FieldMessages.attempt(edit, formId, user.getLocale(), "editing.saved",
                "/logframe-settings?faces-redirect=true&programme=" + programme);
    }

    public boolean isDeepest(ProgrammeSettings.Level level) {
        return level.depth() == settings.levels().size();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public ProgrammeSettings getSettings() {
        return settings;
    }

    public boolean isAddingLevel() {
        return levelDepth == 0;
    }

    public String getLevelNameEn() {
        return levelNameEn;
    }

    public void setLevelNameEn(String levelNameEn) {
        this.levelNameEn = levelNameEn;
    }

    public String getLevelNameRu() {
        return levelNameRu;
    }

    public void setLevelNameRu(String levelNameRu) {
        this.levelNameRu = levelNameRu;
    }

    public BigDecimal getGreen() {
        return green;
    }

    public void setGreen(BigDecimal green) {
        this.green = green;
    }

    public BigDecimal getAmber() {
        return amber;
    }

    public void setAmber(BigDecimal amber) {
        this.amber = amber;
    }
}
