package org.camove.logframe;

import java.util.List;

/**
 * A programme's logframe as one reader sees it: texts already in the reader's language, numbers
 * formatted for it. Built by {@link LogframeService}; pages and reports read it, never the entities.
 */
public record LogframeView(String programmeCode, String programmeName, List<Node> roots) {

    public LogframeView {
        roots = List.copyOf(roots);
    }

    /** A result, at the version read, with its indicators and the results under it, in logframe order. */
    public record Node(long id, long version, int depth, String code, String levelName, String statement, String assumptions,
                       List<IndicatorLine> indicators, List<Node> children) {

        public Node {
            indicators = List.copyOf(indicators);
            children = List.copyOf(children);
        }
    }

    /** An indicator's definition as shown beside its result. */
    public record IndicatorLine(long id, String code, String name, String unit, MeasureType measureType,
                                TimeAggregation timeAggregation, String baseline, String target) {
    }

    /** Every result, depth first, in the order a reader meets them. */
    public List<Node> resultsInOrder() {
        var ordered = new java.util.ArrayList<Node>();
        roots.forEach(root -> collect(root, ordered));
        return ordered;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }

    public int resultCount() {
        return resultsInOrder().size();
    }

    public int indicatorCount() {
        return resultsInOrder().stream().mapToInt(n -> n.indicators().size()).sum();
    }
}
