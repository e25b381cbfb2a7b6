package org.camove.web.narrative;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camove.narrative.ActivityStatus;
import org.camove.narrative.EvidenceFiles;
import org.camove.narrative.EvidenceItem;
import org.camove.narrative.NarrativeDraft;
import org.camove.narrative.NarrativeReports;
import org.camove.narrative.NarrativeView;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;

/**
 * A partner's narrative report and evidence files for a period ({@code narrative-report.xhtml?period=&partner=}):
 * its officer writes them, a programme manager or administrator may on its behalf. Without parameters a partner
 * officer lands on their own package of the open period. Saving the report is one service call and a redirect;
 * files are attached and deleted by ajax, so that what is being written is not lost meanwhile. Once the
 * package is no longer editable the page shows the read-only include instead.
 */
@Named
@ViewScoped
public class NarrativeReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NarrativeReports reports;

    @EJB
    private EvidenceFiles evidence;

    @EJB
    private IndicatorValueEntry values;

    @Inject
    private CurrentUser user;

    private Long period;
    private Long partner;
    /** The indicator the next file verifies (a value's evidence), null for the package as a whole. */
    private Long indicator;
    private List<IndicatorChoice> indicators;
    private NarrativeView view;
    private List<EvidenceItem> files;

    private List<ActivityForm> activities;
    private Integer women;
    private Integer men;
    private Integer other;
    private String beneficiaries;
    private String changesObserved;
    private String challenges;
    private String lessons;
    private String nextSteps;
    private List<StoryForm> stories;

    /** The page's view action: another partner's package, or one that does not exist, is answered as not found. */
    public void load() throws IOException {
        if (period == null || partner == null) {
            var own = reports.ownOpenPackage();
            period = own.map(NarrativeReports.PackageRef::periodId).orElse(null);
            partner = own.map(NarrativeReports.PackageRef::partnerId).orElse(null);
        }
        try {
            view = period == null || partner == null ? null : reports.report(period, partner, user.getLocale());
        } catch (InvalidInput refused) {
            view = null;
        }
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        files = evidence.list(period, partner);
        indicators = values.sheet(period, partner, user.getLocale()).rows().stream()
                .map(row -> new IndicatorChoice(row.indicatorId(), row.code() + " · " + row.name())).toList();
        var content = view.content();
        activities = new ArrayList<>(view.activities().stream().map(ActivityForm::new).toList());
        women = content.beneficiaries().women();
        men = content.beneficiaries().men();
        other = content.beneficiaries().other();
        beneficiaries = content.beneficiaries().description();
        changesObserved = content.changesObserved();
        challenges = content.challenges();
        lessons = content.lessons();
        nextSteps = content.nextSteps();
        stories = new ArrayList<>(content.stories().stream().map(StoryForm::new).toList());
    }

    public String save() {
        var draft = new NarrativeDraft(view.content().seenVersion(), activities.stream().map(ActivityForm::line).toList(),
                new NarrativeDraft.Beneficiaries(women, men, other, beneficiaries), changesObserved, challenges, lessons, nextSteps,
                stories.stream().map(StoryForm::story).toList());
        return FieldMessages.attempt(() -> reports.save(period, partner, draft), "narrativeForm", user.getLocale(), "narrative.saved",
                "/narrative-report?faces-redirect=true&period=" + period + "&partner=" + partner);
    }

    public void addStory() {
        stories.add(new StoryForm(new NarrativeDraft.Story(null, null, false)));
    }

    public void removeStory(StoryForm story) {
        stories.remove(story);
    }

    /** p:fileUpload's listener: the file is attached at once, or the refusal shown. */
    public void attach(FileUploadEvent event) {
        var file = event.getFile();
        try (var content = file.getInputStream()) {
            evidence.attach(period, partner, indicator, file.getFileName(), content);
            files = evidence.list(period, partner);
            done("evidence.attached");
        } catch (InvalidInput refusal) {
            FieldMessages.show(refusal, "evidenceForm", user.getLocale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(EvidenceItem item) {
        try {
            evidence.delete(period, partner, item.id());
            done("evidence.deleted");
        } catch (InvalidInput refusal) {
            FieldMessages.show(refusal, "evidenceForm", user.getLocale());
        }
        files = evidence.list(period, partner);
    }

    private static void done(String key) {
        var faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    /** The largest file the page lets the browser send (the service checks it again). */
    public long getMaxBytes() {
        return EvidenceFiles.maxBytes();
    }

    /** One activity's line as the form edits it. */
    public static class ActivityForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long resultId;
        private final String code;
        private final String statement;
        private ActivityStatus status;
        private String done;
        private String plannedVsDone;

        ActivityForm(NarrativeView.ActivityRow row) {
            this.resultId = row.resultId();
            this.code = row.code();
            this.statement = row.statement();
            this.status = row.line().status();
            this.done = row.line().done();
            this.plannedVsDone = row.line().plannedVsDone();
        }

        NarrativeDraft.Activity line() {
            return new NarrativeDraft.Activity(resultId, status, done, plannedVsDone);
        }

        public long getResultId() {
            return resultId;
        }

        public String getCode() {
            return code;
        }

        public String getStatement() {
            return statement;
        }

        public ActivityStatus getStatus() {
            return status;
        }

        public void setStatus(ActivityStatus status) {
            this.status = status;
        }

        public String getDone() {
            return done;
        }

        public void setDone(String done) {
            this.done = done;
        }

        public String getPlannedVsDone() {
            return plannedVsDone;
        }

        public void setPlannedVsDone(String plannedVsDone) {
            this.plannedVsDone = plannedVsDone;
        }
    }

    /** One story of change as the form edits it. */
    public static class StoryForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String text;
        private boolean consent;

        StoryForm(NarrativeDraft.Story story) {
            this.title = story.title();
            this.text = story.text();
            this.consent = story.consent();
        }

        NarrativeDraft.Story story() {
            return new NarrativeDraft.Story(title, text, consent);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isConsent() {
            return consent;
        }

        public void setConsent(boolean consent) {
            this.consent = consent;
        }
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public NarrativeView getView() {
        return view;
    }

    /** An indicator of the package, as the evidence form offers it. */
    public record IndicatorChoice(long id, String label) implements Serializable {
    }

    public List<IndicatorChoice> getIndicators() {
        return indicators;
    }

    public Long getIndicator() {
        return indicator;
    }

    public void setIndicator(Long indicator) {
        this.indicator = indicator;
    }

    public List<EvidenceItem> getFiles() {
        return files;
    }

    public List<ActivityForm> getActivities() {
        return activities;
    }

    public List<StoryForm> getStories() {
        return stories;
    }

    public Integer getWomen() {
        return women;
    }

    public void setWomen(Integer women) {
        this.women = women;
    }

    public Integer getMen() {
        return men;
    }

    public void setMen(Integer men) {
        this.men = men;
    }

    public Integer getOther() {
        return other;
    }

    public void setOther(Integer other) {
        this.other = other;
    }

    public String getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(String beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public String getChangesObserved() {
        return changesObserved;
    }

    public void setChangesObserved(String changesObserved) {
        this.changesObserved = changesObserved;
    }

    public String getChallenges() {
        return challenges;
    }

    public void setChallenges(String challenges) {
        this.challenges = challenges;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
