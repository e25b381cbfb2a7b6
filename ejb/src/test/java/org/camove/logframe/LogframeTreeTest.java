package org.camove.logframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tree rules, in plain Java: where results go and which codes they and their indicators get. */
class LogframeTreeTest {

    private static final LastChange CHANGE = new LastChange("manager", Instant.parse("2026-11-23T10:15:00Z"));

    private final Programme programme = new Programme("T", LocalizedText.of("Test", null),
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    private final List<Result> results = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private long nextId = 1;

    private Result goal;
    private Result outcome1;
    private Result outcome2;
    private Result output11;
    private Result output12;
    private Result output21;
    private Result activity111;

    @BeforeEach
    void logframe() {
        goal = stored(Result.top(programme, "G", text("goal")));
        outcome1 = stored(goal.addChild("1", 1, text("outcome one")));
        outcome2 = stored(goal.addChild("2", 2, text("outcome two")));
        output11 = stored(outcome1.addChild("1.1", 1, text("output 1.1")));
        output12 = stored(outcome1.addChild("1.2", 2, text("output 1.2")));
        output21 = stored(outcome2.addChild("2.1", 1, text("output 2.1")));
        activity111 = stored(output11.addChild("1.1.1", 1, text("activity 1.1.1")));
        indicator(goal, "G.a", 1);
        indicator(outcome1, "1.a", 1);
        indicator(outcome1, "1.b", 2);
        indicator(output12, "1.2.a", 1);
        indicator(activity111, "1.1.1.a", 1);
    }

    @Test
    void aConsistentLogframeKeepsEveryCode() {
        var before = codes();
        renumber(tree());
        assertThat(codes()).isEqualTo(before);
    }

    @Test
    void aMovedResultTakesItsNewParentsCodeWithItsIndicatorsAndItsOldSiblingsCloseTheGap() {
        var tree = tree();
        tree.move(output11, outcome2);
        renumber(tree);

        assertThat(codeOf(output11)).isEqualTo("2.2");
        assertThat(codeOf(activity111)).isEqualTo("2.2.1");
        assertThat(indicatorCodes()).contains("2.2.1.a").doesNotContain("1.1.1.a");
        assertThat(codeOf(output12)).as("the sibling left behind moves up").isEqualTo("1.1");
        assertThat(indicatorCodes()).contains("1.1.a").doesNotContain("1.2.a");
        assertThat(output11.getParent()).isSameAs(outcome2);
        assertThat(activity111.getDepth()).isEqualTo(4);
        assertThat(output11.getLastChange()).isSameAs(CHANGE);
        assertThat(output21.getLastChange()).as("untouched results are not stamped").isNull();
    }

    @Test
    void movingAnOutcomeUpRenumbersBothOutcomesAndEverythingUnderThem() {
        var tree = tree();
        tree.shift(outcome2, -1);
        renumber(tree);

        assertThat(codeOf(outcome2)).isEqualTo("1");
        assertThat(codeOf(output21)).isEqualTo("1.1");
        assertThat(codeOf(outcome1)).isEqualTo("2");
        assertThat(codeOf(output11)).isEqualTo("2.1");
        assertThat(codeOf(activity111)).isEqualTo("2.1.1");
        assertThat(indicatorCodes()).containsExactlyInAnyOrder("G.a", "2.a", "2.b", "2.2.a", "2.1.1.a");
        assertThatThrownBy(() -> tree.shift(outcome2, -1)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("1 is already the first at its level."));
    }

    @Test
    void aResultMovedToADifferentDepthTakesItsWholeSubtreeAlong() {
        var tree = tree();
        tree.move(output11, null);
        renumber(tree);

        assertThat(codes()).containsEntry(output11, "G2").containsEntry(goal, "G1")
                .containsEntry(outcome1, "1").containsEntry(activity111, "3");
        assertThat(output11.getDepth()).isEqualTo(1);
        assertThat(activity111.getDepth()).isEqualTo(2);
    }

    @Test
    void aResultCannotGoUnderItselfNorBelowTheDeepestLevel() {
        var tree = tree();
        assertThatThrownBy(() -> tree.move(outcome1, activity111)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations().get(0).message(Locale.ENGLISH))
                        .isEqualTo("1 cannot be moved under 1.1.1: that is 1 itself or one of the results under it."));
        assertThatThrownBy(() -> tree.move(output11, output21)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo(
                        "1.1 cannot be moved under 2.1: with the results under it, it would reach level 5, and this logframe has 4 levels."));
        assertThatThrownBy(() -> tree.add(activity111, text("too deep"))).isInstanceOf(InvalidInput.class);
        assertThat(tree.canMove(output12, output21)).isTrue();
        assertThat(tree.canMove(output11, output21)).isFalse();
        assertThat(tree.canMove(output12, outcome1)).as("already there").isFalse();
    }

    @Test
    void aDeletedResultsSiblingsCloseTheGapAndItsSubtreeComesDeepestFirst() {
        var tree = tree();
        var removal = tree.subtree(output11);
        assertThat(removal.deepestFirst()).containsExactly(activity111, output11);
        assertThat(removal.indicators()).extracting(Indicator::getCode).containsExactly("1.1.1.a");

        tree.detach(output11);
        renumber(tree);
        assertThat(codeOf(output12)).isEqualTo("1.1");
        assertThat(indicatorCodes()).contains("1.1.a");
    }

    @Test
    void aNewResultGoesLastUnderItsParent() {
        var tree = tree();
        var added = tree.add(outcome2, text("output 2.2"));
        renumber(tree);
        assertThat(added.getCode()).isEqualTo("2.2");
        assertThat(added.getDepth()).isEqualTo(3);
        assertThat(added.getPosition()).isEqualTo(2);
    }

    @Test
    void renumberingNeverGivesTwoResultsTheSameCodeOnTheWay() {
        var tree = tree();
        tree.shift(outcome2, -1);
        var written = new ArrayList<Map<Result, String>>();
        tree.renumber(CHANGE, () -> written.add(codes()));

        assertThat(written).hasSize(2).allSatisfy(snapshot ->
                assertThat(new HashSet<>(snapshot.values())).as("codes are unique at every flush").hasSize(snapshot.size()));
        assertThat(written.get(0).get(outcome2)).isEqualTo("~" + outcome2.getId());
        assertThat(written.get(1).get(outcome2)).isEqualTo("1");
    }

    @Test
    void indicatorCodesRunFromATo_zAndOn() {
        assertThat(LogframeCodes.indicator("1.2", 0)).isEqualTo("1.2.a");
        assertThat(LogframeCodes.indicator("1.2", 25)).isEqualTo("1.2.z");
        assertThat(LogframeCodes.indicator("1.2", 26)).isEqualTo("1.2.aa");
        assertThat(LogframeCodes.indicator("G", 27)).isEqualTo("G.ab");
    }

    private LogframeTree tree() {
        return new LogframeTree(programme, 4, results, indicators);
    }

    private static void renumber(LogframeTree tree) {
        tree.renumber(CHANGE, () -> { });
    }

    private Map<Result, String> codes() {
        return results.stream().collect(Collectors.toMap(Function.identity(), Result::getCode));
    }

    private String codeOf(Result result) {
        return result.getCode();
    }

    private List<String> indicatorCodes() {
        return indicators.stream().map(Indicator::getCode).toList();
    }

    private Result stored(Result result) {
        setId(result, nextId++);
        results.add(result);
        return result;
    }

    private void indicator(Result result, String code, int position) {
        var indicator = new Indicator(result, code, position, text("indicator " + code), null,
                MeasureType.NUMBER, TimeAggregation.SUM);
        setId(indicator, nextId++);
        indicators.add(indicator);
    }

    /** Ids are given by the database; here by hand, as if stored. */
    private static void setId(Object entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalizedText text(String en) {
        return LocalizedText.of(en, null);
    }
}
