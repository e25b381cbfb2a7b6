package org.camove.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camove.indicators.IndicatorReferenceSheet;
import org.camove.logframe.LogframeView;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Logframe", description = "A programme's results tree with each result's indicators; texts in the caller's language")
public record LogframeJson(String programmeCode, String programmeName, List<Level> levels, List<ResultNode> results) {

    @Schema(name = "LogframeLevel", description = "A level of the tree, e.g. 1 Goal, 2 Outcome")
    public record Level(int depth, String name) {
    }

    @Schema(name = "LogframeResult")
    public record ResultNode(long id, @Schema(example = "1.2") String code, int depth, String level, String statement,
                             String assumptions, List<IndicatorSummary> indicators, List<ResultNode> children) {
    }

    @Schema(name = "IndicatorSummary", description = "The full definition is at /indicators/{id}")
    public record IndicatorSummary(long id, String code, String name, String unit, MeasureType measureType,
                                   TimeAggregation timeAggregation, BigDecimal baseline, BigDecimal lifeOfProgrammeTarget) {
    }

    /** The levels are those the results stand at, so a programme's own level names come with it. */
    static LogframeJson from(LogframeView view, Map<Long, IndicatorReferenceSheet> definitions) {
        Map<Integer, String> levels = new TreeMap<>();
        view.resultsInOrder().forEach(node -> levels.putIfAbsent(node.depth(), node.levelName()));
        return new LogframeJson(view.programmeCode(), view.programmeName(),
                levels.entrySet().stream().map(level -> new Level(level.getKey(), level.getValue())).toList(),
                view.roots().stream().map(root -> node(root, definitions)).toList());
    }

    private static ResultNode node(LogframeView.Node node, Map<Long, IndicatorReferenceSheet> definitions) {
        return new ResultNode(node.id(), node.code(), node.depth(), node.levelName(), node.statement(), node.assumptions(),
                node.indicators().stream().map(line -> summary(line, definitions.get(line.id()))).toList(),
                node.children().stream().map(child -> node(child, definitions)).toList());
    }

    private static IndicatorSummary summary(LogframeView.IndicatorLine line, IndicatorReferenceSheet definition) {
        return new IndicatorSummary(line.id(), line.code(), line.name(), line.unit().isEmpty() ? null : line.unit(),
                line.measureType(), line.timeAggregation(),
                definition == null || definition.baseline() == null ? null : Decimals.plain(definition.baseline().value()),
                definition == null ? null : Decimals.plain(definition.lifeOfProgrammeTarget()));
    }
}
