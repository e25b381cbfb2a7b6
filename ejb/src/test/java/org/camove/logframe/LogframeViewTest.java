package org.camove.logframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogframeViewTest {

    private static LogframeView.Node node(long id, String code, List<LogframeView.Node> children, int indicators) {
        var lines = java.util.stream.IntStream.range(0, indicators)
                .mapToObj(i -> new LogframeView.IndicatorLine(id * 10 + i, code + "." + (char) ('a' + i), "n", "u",
                        MeasureType.NUMBER, TimeAggregation.SUM, "0", "10"))
                .toList();
        return new LogframeView.Node(id, 0, code.split("\\.").length, code, "L", "s", null, lines, children);
    }

    @Test
    void readsResultsDepthFirstInLogframeOrder() {
        var view = new LogframeView("P", "Programme", List.of(
                node(1, "G", List.of(
                        node(2, "1", List.of(node(4, "1.1", List.of(), 2), node(5, "1.2", List.of(), 0)), 1),
                        node(3, "2", List.of(node(6, "2.1", List.of(), 1)), 1)), 2)));

        assertThat(view.resultsInOrder()).extracting(LogframeView.Node::code)
                .containsExactly("G", "1", "1.1", "1.2", "2", "2.1");
        assertThat(view.resultCount()).isEqualTo(6);
        assertThat(view.indicatorCount()).isEqualTo(7);
    }
}
