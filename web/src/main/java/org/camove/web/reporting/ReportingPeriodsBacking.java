package org.camove.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camove.reporting.ProgrammePeriods;
import org.camove.reporting.ReportingPeriods;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * A programme's reporting periods ({@code reporting-periods.xhtml}) for programme managers and administrators:
 * generate, open, lock, change a window, reopen with a reason (administrators), set the calendar's defaults.
 * Each action is one service call handing back the version the page showed, then a redirect.
 */
@Named
@ViewScoped
public class ReportingPeriodsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportingPeriods periods;

    @Inject
    private CurrentUser user;

    private String programme;
    private ProgrammePeriods view;

    /** The period whose window or reopening is being edited, null when none. */
    private ProgrammePeriods.Period chosen;
    private LocalDate opensOn;
    private LocalDate dueOn;
    private Integer graceDays;
    private String reason;

    private Integer opensAfterDays;
    private Integer dueAfterDays;
    private Integer calendarGraceDays;
    private Integer reminderDaysBefore;
    private Integer changeThresholdPercent;

    /** The page's view action: an unknown programme is answered like a page that does not exist. */
    public void load() throws IOException {
        view = programme == null ? null : periods.periods(programme, LocalDate.now(ZoneOffset.UTC), user.getLocale()).orElse(null);
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        var rules = view.rules();
        opensAfterDays = rules.opensAfterDays();
        dueAfterDays = rules.dueAfterDays();
        calendarGraceDays = rules.graceDays();
        reminderDaysBefore = rules.reminderDaysBefore();
        changeThresholdPercent = rules.changeThresholdPercent();
    }

    public String generate() {
        return attempt("periodsForm", () -> periods.generate(programme));
    }

    public String open(ProgrammePeriods.Period period) {
        return attempt("periodsForm", () -> periods.open(programme, period.id(), period.version()));
    }

    public String lock(ProgrammePeriods.Period period) {
        return attempt("periodsForm", () -> periods.lock(programme, period.id(), period.version()));
    }

    public void choose(ProgrammePeriods.Period period) {
        chosen = period;
        opensOn = period.opensOn();
        dueOn = period.dueOn();
        graceDays = period.graceDays();
        reason = null;
    }

    public String saveWindow() {
        return attempt("periodForm", () -> periods.reschedule(programme, chosen.id(), chosen.version(), opensOn, dueOn, graceDays));
    }

    public String reopen() {
        return attempt("periodForm", () -> periods.reopen(programme, chosen.id(), chosen.version(), reason));
    }

    public String saveCalendar() {
        return attempt("calendarForm", () -> periods.configure(programme, view.calendarVersion(), opensAfterDays, dueAfterDays,
                calendarGraceDays, reminderDaysBefore, changeThresholdPercent));
    }

    private String attempt(String formId, Runnable edit) {
        return FieldMessages.attempt(edit, formId, user.getLocale(), "editing.saved",
                "/reporting-periods?faces-redirect=true&programme=" + programme);
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public ProgrammePeriods getView() {
        return view;
    }

    public ProgrammePeriods.Period getChosen() {
        return chosen;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getOpensAfterDays() {
        return opensAfterDays;
    }

    public void setOpensAfterDays(Integer opensAfterDays) {
        this.opensAfterDays = opensAfterDays;
    }

    public Integer getDueAfterDays() {
        return dueAfterDays;
    }

    public void setDueAfterDays(Integer dueAfterDays) {
        this.dueAfterDays = dueAfterDays;
    }

    public Integer getCalendarGraceDays() {
        return calendarGraceDays;
    }

    public void setCalendarGraceDays(Integer calendarGraceDays) {
        this.calendarGraceDays = calendarGraceDays;
    }

    public Integer getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(Integer reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    public Integer getChangeThresholdPercent() {
        return changeThresholdPercent;
    }

    public void setChangeThresholdPercent(Integer changeThresholdPercent) {
        this.changeThresholdPercent = changeThresholdPercent;
    }
}
