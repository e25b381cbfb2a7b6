package org.camove.logframe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;

/**
 * The shape of one programme's logframe while it is edited: who is under whom, in which order. Every
 * change of shape ends with {@link #renumber}, which gives each result its level, place and code and
 * each indicator its code (see {@link LogframeCodes}), so codes never drift from the tree.
 * <p>
 * Plain Java over the programme's managed entities; the caller loads them (three queries) and flushes.
 */
final class LogframeTree {

    /** Codes held while renumbering; real codes never contain it, and an id makes each unique. */
    private static final String INTERIM = "~";

    private final Programme programme;
    private final int deepestLevel;
    private final List<Result> roots = new ArrayList<>();
    private final Map<Result, Result> parents = new IdentityHashMap<>();
    private final Map<Result, List<Result>> children = new IdentityHashMap<>();
    private final Map<Result, List<Indicator>> indicators = new IdentityHashMap<>();

    /** {@code results} and {@code indicators} are all of the programme's, each in its stored order. */
    LogframeTree(Programme programme, int deepestLevel, List<Result> results, List<Indicator> indicatorList) {
        this.programme = Objects.requireNonNull(programme);
        this.deepestLevel = deepestLevel;
        // parents and results are all in the persistence context already: no query per result
        results.stream().sorted(Comparator.comparingInt(Result::getDepth).thenComparingInt(Result::getPosition))
                .forEach(r -> attach(r, r.getParent()));
        indicatorList.stream().sorted(Comparator.comparingInt(Indicator::getPosition))
                .forEach(i -> indicators.computeIfAbsent(i.getResult(), r -> new ArrayList<>()).add(i));
    }

    Optional<Result> find(long resultId) {
        return parents.keySet().stream().filter(r -> r.getId() != null && r.getId() == resultId).findFirst();
    }

    /** A new result, last under {@code parent} (at the top when null); it has its code once renumbered. */
    Result add(Result parent, LocalizedText statement) {
        if (parent != null && parent.getDepth() >= deepestLevel) {
            throw InvalidInput.of("parent", "logframe.parentAtDeepestLevel", parent.getCode(), deepestLevel);
        }
        var result = parent == null ? Result.top(programme, INTERIM + "new", statement)
                : parent.addChild(INTERIM + "new", 0, statement);
        attach(result, parent);
        return result;
    }

    /** Whether {@code result} may be moved under {@code newParent}: somewhere else, not below itself, not too deep. */
    boolean canMove(Result result, Result newParent) {
        return parents.get(result) != newParent && !isWithin(newParent, result)
                && newParent.getDepth() + height(result) <= deepestLevel;
    }

    /** Moves a result, with everything under it, to the end of {@code newParent}'s results (the top when null). */
    void move(Result result, Result newParent) {
        if (newParent != null && isWithin(newParent, result)) {
            throw InvalidInput.of("parent", "logframe.moveUnderItself", result.getCode(), newParent.getCode());
        }
        int lowest = (newParent == null ? 1 : newParent.getDepth() + 1) + height(result) - 1;
        if (lowest > deepestLevel) {
            throw InvalidInput.of("parent", "logframe.moveTooDeep", result.getCode(),
                    newParent == null ? "—" : newParent.getCode(), lowest, deepestLevel);
        }
        if (parents.get(result) != newParent) {
            siblings(parents.get(result)).remove(result);
            attach(result, newParent);
        }
    }

    /** Moves a result one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    void shift(Result result, int step) {
        var siblings = siblings(parents.get(result));
        int from = siblings.indexOf(result);
        int to = from + step;
        if (to < 0 || to >= siblings.size()) {
            throw InvalidInput.of(null, step < 0 ? "logframe.alreadyFirst" : "logframe.alreadyLast", result.getCode());
        }
        java.util.Collections.swap(siblings, from, to);
    }

    /** What deleting a result takes with it. */
    record Removal(List<Result> deepestFirst, List<Indicator> indicators) {
    }

    /** The result and everything under it; not yet taken out of the tree (see {@link #detach}). */
    Removal subtree(Result result) {
        var within = new ArrayList<Result>();
        collect(result, within);
        within.sort(Comparator.comparingInt(Result::getDepth).reversed());
        return new Removal(within, within.stream().flatMap(r -> indicators.getOrDefault(r, List.of()).stream()).toList());
    }

    void detach(Result result) {
        siblings(parents.get(result)).remove(result);
        var removed = new ArrayList<Result>();
        collect(result, removed);
        removed.forEach(r -> {
            parents.remove(r);
            children.remove(r);
            indicators.remove(r);
        });
    }

    /**
     * Gives every result its parent, level, place and code, and every indicator its code, as the tree
     * now stands; what changes is stamped with {@code change}. Codes are unique per programme, so the
     * changed ones first take interim codes, {@code flush} writes them, and then they take their own.
     */
    void renumber(LastChange change, Runnable flush) {
        Map<Result, String> resultCodes = new IdentityHashMap<>();
        Map<Indicator, String> indicatorCodes = new IdentityHashMap<>();
        int[] outcomes = {0};
        for (int i = 0; i < roots.size(); i++) {
            assign(roots.get(i), null, i, LogframeCodes.top(i, roots.size()), outcomes, resultCodes, indicatorCodes, change);
        }
        var renamedResults = resultCodes.entrySet().stream().filter(e -> !e.getKey().getCode().equals(e.getValue())).toList();
        var renamedIndicators = indicatorCodes.entrySet().stream().filter(e -> !e.getKey().getCode().equals(e.getValue())).toList();
        renamedResults.stream().filter(e -> e.getKey().getId() != null)
                .forEach(e -> e.getKey().renumber(INTERIM + e.getKey().getId(), change));
        renamedIndicators.forEach(e -> e.getKey().renumber(INTERIM + e.getKey().getId()));
        flush.run();
        renamedResults.forEach(e -> e.getKey().renumber(e.getValue(), change));
        renamedIndicators.forEach(e -> e.getKey().renumber(e.getValue()));
        flush.run();
    }

    private void assign(Result result, Result parent, int index, String code, int[] outcomes,
                        Map<Result, String> resultCodes, Map<Indicator, String> indicatorCodes, LastChange change) {
        result.place(parent, parent == null ? 1 : parent.getDepth() + 1, index + 1, change);
        resultCodes.put(result, code);
        var own = indicators.getOrDefault(result, List.of());
        for (int k = 0; k < own.size(); k++) {
            indicatorCodes.put(own.get(k), LogframeCodes.indicator(code, k));
        }
        var under = children.getOrDefault(result, List.of());
        for (int j = 0; j < under.size(); j++) {
            if (result.getDepth() == 1) {
                outcomes[0]++;
            }
            assign(under.get(j), result, j, LogframeCodes.child(result, code, j, outcomes[0]), outcomes,
                    resultCodes, indicatorCodes, change);
        }
    }

    /** How many levels a result and the results under it span (1 for a result with none). */
    private int height(Result result) {
        return 1 + children.getOrDefault(result, List.of()).stream().mapToInt(this::height).max().orElse(0);
    }

    private boolean isWithin(Result candidate, Result ancestor) {
        for (var r = candidate; r != null; r = parents.get(r)) {
            if (r == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void collect(Result result, List<Result> into) {
        into.add(result);
        children.getOrDefault(result, List.of()).forEach(child -> collect(child, into));
    }

    private void attach(Result result, Result parent) {
        parents.put(result, parent);
        siblings(parent).add(result);
    }

    private List<Result> siblings(Result parent) {
        return parent == null ? roots : children.computeIfAbsent(parent, p -> new ArrayList<>());
    }

    List<Result> childrenOf(Result parent) {
        return List.copyOf(siblings(parent));
    }

    List<Result> all() {
        var all = new ArrayList<Result>();
        roots.forEach(r -> collect(r, all));
        return all;
    }
}
