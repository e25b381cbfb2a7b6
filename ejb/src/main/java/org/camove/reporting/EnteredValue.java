package org.camove.reporting;

import java.io.Serializable;
import java.util.Map;

/**
 * One indicator's value as a user typed it on the entry sheet, before anything is parsed: numbers are text,
 * so that a malformed one can be named. {@code seenVersion} is the version of the pending value the user
 * read, null when there was none; {@code cells} are keyed by option keys such as {@code AGE=18-35;SEX=F}.
 */
public record EnteredValue(long indicatorId, Long seenVersion, Cell total, String text, String score,
                           boolean fullyDisaggregated, Map<String, Cell> cells, String comment) implements Serializable {

    /** A number (value) or a ratio (numerator, denominator), as typed. */
    public record Cell(String value, String numerator, String denominator) implements Serializable {

        public static Cell number(String value) {
            return new Cell(value, null, null);
        }

        public static Cell ratio(String numerator, String denominator) {
            return new Cell(null, numerator, denominator);
        }

        boolean isBlank() {
            return blank(value) && blank(numerator) && blank(denominator); // no stream: a bulk import has 100,000 cells
        }
    }

    public EnteredValue {
        total = total == null ? new Cell(null, null, null) : total;
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    public static EnteredValue number(long indicatorId, Long seenVersion, String value) {
        return new EnteredValue(indicatorId, seenVersion, Cell.number(value), null, null, false, Map.of(), null);
    }

    public EnteredValue withCells(Map<String, Cell> cells, boolean fullyDisaggregated) {
        return new EnteredValue(indicatorId, seenVersion, total, text, score, fullyDisaggregated, cells, comment);
    }

    public EnteredValue withComment(String comment) {
        return new EnteredValue(indicatorId, seenVersion, total, text, score, fullyDisaggregated, cells, comment);
    }

    /** Nothing typed: the row was left empty, and nothing is saved for it. */
    public boolean isBlank() {
        return total.isBlank() && blank(text) && blank(score) && cells.values().stream().allMatch(Cell::isBlank);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
