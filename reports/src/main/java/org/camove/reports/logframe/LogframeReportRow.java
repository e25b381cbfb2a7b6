package org.camove.reports.logframe;

import java.util.Objects;

/**
 * One line of the logframe table, already in the reader's language: a result (goal, outcome, output, activity) or an
 * indicator attached to the result above it.
 *
 * @param depth     nesting level in the results chain, 0 for the goal; the statement is indented by it
 * @param code      the programme's reference, e.g. {@code 1.2} or {@code 1.2.a}
 * @param levelName the level's display name, e.g. "Outcome" or "Индикатор"
 * @param statement the result or indicator wording
 * @param indicator {@code true} for an indicator row, printed apart from result rows
 * @param unit      unit of measure, or {@code null} (result rows usually have none)
 * @param baseline  baseline value as it should be printed, or {@code null}
 * @param target    target value as it should be printed, or {@code null}
 */
public record LogframeReportRow(int depth, String code, String levelName, String statement, boolean indicator,
                                String unit, String baseline, String target) {

    public LogframeReportRow {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(levelName, "levelName");
        Objects.requireNonNull(statement, "statement");
    }
}
