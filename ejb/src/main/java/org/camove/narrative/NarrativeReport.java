package org.camove.narrative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camove.reporting.ReportingPeriod;
import org.camove.shared.LastChange;

/**
 * A partner's narrative activity report for one reporting period, part of its quarterly package. It is kept
 * whole ({@link #revise}): a save replaces what the report says, checked and sanitised beforehand
 * ({@link NarrativeDraft#checked}), against the version its author read.
 */
@Entity
@Table(name = "narrative_report")
@NamedQuery(name = NarrativeReport.OF_PARTNER,
        query = "SELECT n FROM NarrativeReport n WHERE n.period = :period AND n.partnerId = :partner")
public class NarrativeReport extends PartOfPackage {

    static final String OF_PARTNER = "NarrativeReport.ofPartner";

    @Column(name = "beneficiaries_women")
    private Integer women;

    @Column(name = "beneficiaries_men")
    private Integer men;

    @Column(name = "beneficiaries_other")
    private Integer other;

    @Column(name = "beneficiaries_text")
    private String beneficiaries;

    @Column(name = "changes_observed")
    private String changesObserved;

    private String challenges;

    private String lessons;

    @Column(name = "next_steps")
    private String nextSteps;

    /** By the activity's result id: the rows are identified by their key, as the cells of a reported value. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "narrative_activity", joinColumns = @JoinColumn(name = "narrative_report_id"))
    @MapKeyColumn(name = "result_id")
    private Map<Long, ActivityLine> activities = new HashMap<>();

    /** By position, from 0. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "narrative_story", joinColumns = @JoinColumn(name = "narrative_report_id"))
    @MapKeyColumn(name = "position")
    private Map<Integer, StoryLine> stories = new HashMap<>();

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected NarrativeReport() {
        // for JPA
    }

    NarrativeReport(ReportingPeriod period, long partnerId) {
        super(period, partnerId);
    }

    /** Takes what the checked draft says as the report's content. */
    void revise(NarrativeDraft draft, LastChange change) {
        women = draft.beneficiaries().women();
        men = draft.beneficiaries().men();
        other = draft.beneficiaries().other();
        beneficiaries = draft.beneficiaries().description();
        changesObserved = draft.changesObserved();
        challenges = draft.challenges();
        lessons = draft.lessons();
        nextSteps = draft.nextSteps();
        activities.keySet().retainAll(draft.activities().stream().map(NarrativeDraft.Activity::resultId).toList());
        draft.activities().forEach(a -> activities.put(a.resultId(), new ActivityLine(a.status(), a.done(), a.plannedVsDone())));
        stories.clear();
        for (int i = 0; i < draft.stories().size(); i++) {
            var story = draft.stories().get(i);
            stories.put(i, new StoryLine(story.title(), story.text(), story.consent()));
        }
        lastChange = Objects.requireNonNull(change);
    }

    /** What the report says, as a draft to edit further (activities in the order of {@code activityOrder}). */
    NarrativeDraft content(Comparator<Long> activityOrder) {
        var lines = new TreeMap<Long, ActivityLine>(activityOrder);
        lines.putAll(activities);
        return new NarrativeDraft(version,
                lines.entrySet().stream().map(e -> new NarrativeDraft.Activity(e.getKey(), e.getValue().status,
                        e.getValue().done, e.getValue().plannedVsDone)).toList(),
                new NarrativeDraft.Beneficiaries(women, men, other, beneficiaries),
                changesObserved, challenges, lessons, nextSteps,
                new TreeMap<>(stories).values().stream().map(s -> new NarrativeDraft.Story(s.title, s.body, s.consent)).toList());
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }

    /** One activity's line of the report. */
    @Embeddable
    public static class ActivityLine {

        @Enumerated(EnumType.STRING)
        @Column(name = "status", nullable = false, length = 12)
        private ActivityStatus status;

        @Column(name = "done_text")
        private String done;

        @Column(name = "planned_vs_done")
        private String plannedVsDone;

        protected ActivityLine() {
            // for JPA
        }

        ActivityLine(ActivityStatus status, String done, String plannedVsDone) {
            this.status = Objects.requireNonNull(status);
            this.done = done;
            this.plannedVsDone = plannedVsDone;
        }
    }

    /** One story of change, with the consent of the people in it (or not). */
    @Embeddable
    public static class StoryLine {

        @Column(name = "title", nullable = false, length = NarrativeText.TITLE_LIMIT)
        private String title;

        private String body;

        private boolean consent;

        protected StoryLine() {
            // for JPA
        }

        StoryLine(String title, String body, boolean consent) {
            this.title = Objects.requireNonNull(title);
            this.body = body;
            this.consent = consent;
        }
    }
}
