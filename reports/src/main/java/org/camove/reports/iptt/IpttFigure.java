package org.camove.reports.iptt;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of the table as the reader gets it: a number, a percentage (in percentage points, e.g. 62.5), a
 * milestone reached or not, or a text (a qualitative answer). Numbers and percentages stay numbers, so the
 * spreadsheet gets numeric cells.
 */
public record IpttFigure(Kind kind, BigDecimal number, String text) {

    public enum Kind { NUMBER, PERCENT, MILESTONE, TEXT }

    public IpttFigure {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.TEXT) != (text != null) || (kind == Kind.TEXT) == (number != null)) {
            throw new IllegalArgumentException("A " + kind + " figure has " + (kind == Kind.TEXT ? "a text" : "a number"));
        }
    }

    public static IpttFigure number(BigDecimal value) {
        return value == null ? null : new IpttFigure(Kind.NUMBER, value, null);
    }

    /** @param points percentage points, e.g. 62.5 for 62.5 % */
    public static IpttFigure percent(BigDecimal points) {
        return points == null ? null : new IpttFigure(Kind.PERCENT, points, null);
    }

    /** @param value 1 (or more) when reached, 0 when not, as milestones are stored */
    public static IpttFigure milestone(BigDecimal value) {
        return value == null ? null : new IpttFigure(Kind.MILESTONE, value.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO, null);
    }

    public static IpttFigure text(String text) {
        return text == null ? null : new IpttFigure(Kind.TEXT, null, text);
    }
}
