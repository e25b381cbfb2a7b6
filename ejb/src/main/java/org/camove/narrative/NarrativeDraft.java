package org.camove.narrative;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.camove.shared.InvalidInput.Violation;

/**
 * What a narrative report says, as a page sends it and reads it back: a line per logframe activity, the
 * beneficiaries reached, the rich texts and the stories of change. {@code seenVersion} is the version of the
 * report its author read (null for a first save), so that a stale save is told apart.
 */
public record NarrativeDraft(Long seenVersion, List<Activity> activities, Beneficiaries beneficiaries, String changesObserved,
                             String challenges, String lessons, String nextSteps, List<Story> stories) implements Serializable {

    public NarrativeDraft {
        activities = activities == null ? List.of() : List.copyOf(activities);
        beneficiaries = beneficiaries == null ? Beneficiaries.NONE : beneficiaries;
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** An activity's line; no status means the partner said nothing of it yet. */
    public record Activity(long resultId, ActivityStatus status, String done, String plannedVsDone) implements Serializable {
    }

    /** People reached in the quarter, by sex where known, and in the partner's words. */
    public record Beneficiaries(Integer women, Integer men, Integer other, String description) implements Serializable {

        static final Beneficiaries NONE = new Beneficiaries(null, null, null, null);

        public int total() {
            return count(women) + count(men) + count(other);
        }

        public boolean isEmpty() {
            return women == null && men == null && other == null && (description == null || description.isBlank());
        }

        private static int count(Integer n) {
            return n == null ? 0 : n;
        }
    }

    /**
     * A story of change. Without the consent of the people in it, it stays inside camove: never shown to donors
     * nor exported ({@link #mayBeShared()}).
     */
    public record Story(String title, String text, boolean consent) implements Serializable {

        public boolean mayBeShared() {
            return consent;
        }
    }

    /** The stories that may leave camove (to donors, into exports): those told with consent. */
    public List<Story> storiesForDonors() {
        return stories.stream().filter(Story::mayBeShared).toList();
    }

    /**
     * The draft as it may be kept: rich texts sanitised, short texts stripped, empty stories dropped; what breaks
     * a rule goes to {@code found} (field names as the page's: {@code changesObserved}, {@code activity[3]},
     * {@code story[0].title}, ...).
     */
    NarrativeDraft checked(Set<Long> activityIds, List<Violation> found) {
        List<Activity> lines = new ArrayList<>();
        for (Activity line : activities) {
            String field = "activity[" + line.resultId() + "]";
            if (!activityIds.contains(line.resultId())) {
                found.add(new Violation(field, "narrative.activity.unknown", List.of(line.resultId())));
                continue;
            }
            String done = NarrativeText.plain(field + ".done", line.done(), NarrativeText.PLAIN_LIMIT, found);
            String planned = NarrativeText.plain(field + ".plannedVsDone", line.plannedVsDone(), NarrativeText.PLAIN_LIMIT, found);
            if (line.status() != null || done != null || planned != null) {
                if (line.status() == null) {
                    found.add(new Violation(field, "narrative.activity.statusRequired", List.of()));
                }
                lines.add(new Activity(line.resultId(), line.status(), done, planned));
            }
        }
        var people = new Beneficiaries(count("women", beneficiaries.women(), found), count("men", beneficiaries.men(), found),
                count("other", beneficiaries.other(), found),
                NarrativeText.plain("beneficiaries", beneficiaries.description(), NarrativeText.PLAIN_LIMIT, found));
        List<Story> told = new ArrayList<>();
        IntStream.range(0, stories.size()).forEach(i -> {
            Story story = stories.get(i);
            String title = NarrativeText.plain("story[" + i + "].title", story.title(), NarrativeText.TITLE_LIMIT, found);
            String text = NarrativeText.rich("story[" + i + "].text", story.text(), found);
            if (title == null && text != null) {
                found.add(new Violation("story[" + i + "].title", "narrative.story.titleRequired", List.of(i + 1)));
            }
            if (title != null || text != null) {
                told.add(new Story(title, text, story.consent()));
            }
        });
        return new NarrativeDraft(seenVersion, lines, people, NarrativeText.rich("changesObserved", changesObserved, found),
                NarrativeText.rich("challenges", challenges, found), NarrativeText.rich("lessons", lessons, found),
                NarrativeText.rich("nextSteps", nextSteps, found), told);
    }

    private static Integer count(String field, Integer n, List<Violation> found) {
        if (n != null && n < 0) {
            found.add(new Violation(field, "narrative.beneficiaries.negative", List.of(n)));
        }
        return n;
    }
}
