package org.camove.reports.iptt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of the IPTT, already in the reader's language: a result of the logframe (a group line), an indicator
 * with its figures, one disaggregated subtotal of the indicator above (e.g. Female), or the latest qualitative
 * answer of the indicator above.
 *
 * @param depth            the result's depth in the logframe, 0 for the goal; sub-lines take their indicator's
 * @param level            a result's level name (e.g. Outcome); null on other lines
 * @param label            result statement, indicator name, option name or the answer's text
 * @param answeredIn       a qualitative answer's quarter, e.g. 2026-Q2; null on other lines
 * @param targets          per quarter of the report, in its order; entries null when there is none
 * @param actuals          per quarter of the report, in its order; entries null when there is none
 * @param percentOfTarget  percentage points with one decimal, e.g. 110.0; null when there is none
 */
public record IpttRow(Kind kind, int depth, String code, String level, String label, String answeredIn, String unit,
                      IpttFigure baseline, IpttFigure lifeOfProgrammeTarget, List<IpttFigure> targets,
                      List<IpttFigure> actuals, IpttFigure totalToDate, BigDecimal percentOfTarget, Status status) {

    public enum Kind { RESULT, INDICATOR, SUBTOTAL, ANSWER }

    /** On track (green), behind (amber), off track (red), or not judged. */
    public enum Status { GREEN, AMBER, RED, NONE }

    public IpttRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
        // nulls stand for empty cells, which List.copyOf refuses
        targets = Collections.unmodifiableList(new ArrayList<>(targets));
        actuals = Collections.unmodifiableList(new ArrayList<>(actuals));
    }

    public static IpttRow result(int depth, String code, String level, String statement) {
        return new IpttRow(Kind.RESULT, depth, code, level, statement, null, null, null, null, List.of(), List.of(),
                null, null, Status.NONE);
    }

    public static IpttRow indicator(int depth, String code, String name, String unit, IpttFigure baseline,
                                    IpttFigure lifeOfProgrammeTarget, List<IpttFigure> targets,
                                    List<IpttFigure> actuals, IpttFigure totalToDate, BigDecimal percentOfTarget,
                                    Status status) {
        return new IpttRow(Kind.INDICATOR, depth, code, null, name, null, unit, baseline, lifeOfProgrammeTarget,
                targets, actuals, totalToDate, percentOfTarget, status);
    }

    /** @param option the option's name, e.g. Female, or a cell's, e.g. Female, 18–35 */
    public static IpttRow subtotal(int depth, String option, List<IpttFigure> actuals, IpttFigure totalToDate) {
        return new IpttRow(Kind.SUBTOTAL, depth, null, null, option, null, null, null, null, List.of(), actuals,
                totalToDate, null, Status.NONE);
    }

    public static IpttRow answer(int depth, String quarter, String text) {
        return new IpttRow(Kind.ANSWER, depth, null, null, text, quarter, null, null, null, List.of(), List.of(), null,
                null, Status.NONE);
    }

    /** The target of the report's i-th quarter, or null. */
    IpttFigure target(int quarterIndex) {
        return quarterIndex < targets.size() ? targets.get(quarterIndex) : null;
    }

    /** The actual of the report's i-th quarter, or null. */
    IpttFigure actual(int quarterIndex) {
        return quarterIndex < actuals.size() ? actuals.get(quarterIndex) : null;
    }
}
