package org.camove.reports.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One printed line of the grant financial report, already in the reader's language. The report is a sequence of small
 * tables, so a row is generic: a label on the left, then up to {@link #CELLS} cells, each a number (printed with the
 * row's pattern, a numeric cell in the workbook) or a text; or, for a {@link Kind#FIELD} or a {@link Kind#SECTION},
 * one wide text.
 *
 * @param kind  how the row is printed
 * @param label the left column (a line's name, a heading's first column, a field's name)
 * @param text  the wide text of a field or a section's title; null otherwise
 * @param cells the cells left to right, at most {@link #CELLS}, or {@link #WIDE_CELLS} of twice the width when wide
 * @param wide  whether the cells are twice as wide (for rates, references and dates that a narrow cell would break)
 */
public record GrantFinancialRow(Kind kind, String label, String text, List<Cell> cells, boolean wide) {

    /** Cells a table row has room for on an A4 landscape page. */
    public static final int CELLS = 14;
    /** Cells a wide row has room for. */
    public static final int WIDE_CELLS = CELLS / 2;

    public enum Kind {
        /** a section title across the page */
        SECTION,
        /** a table's column headings (text cells) */
        HEAD,
        /** a table's line */
        ROW,
        /** a table's total line */
        TOTAL,
        /** a name and a wide text */
        FIELD
    }

    /** A number with its pattern, or a text (either may be null: an empty cell). */
    public record Cell(BigDecimal number, String pattern, String text) {

        public static final String MONEY = "#,##0.00";
        public static final String PERCENT = "#,##0.0%";
        public static final String RATE = "0.00000000";

        public static Cell money(BigDecimal amount) {
            return new Cell(amount, MONEY, null);
        }

        public static Cell percent(BigDecimal percent) {
            return new Cell(percent == null ? null : percent.movePointLeft(2), PERCENT, null);
        }

        public static Cell rate(BigDecimal rate) {
            return new Cell(rate, RATE, null);
        }

        public static Cell text(String text) {
            return new Cell(null, null, text);
        }
    }

    public GrantFinancialRow {
        Objects.requireNonNull(kind, "kind");
        if (cells.size() > (wide ? WIDE_CELLS : CELLS)) {
            throw new IllegalArgumentException("A row holds at most " + (wide ? WIDE_CELLS : CELLS) + " cells, not " + cells.size());
        }
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public static GrantFinancialRow section(String title) {
        return new GrantFinancialRow(Kind.SECTION, null, title, List.of(), false);
    }

    public static GrantFinancialRow field(String name, String text) {
        return new GrantFinancialRow(Kind.FIELD, name, text, List.of(), false);
    }

    public static GrantFinancialRow head(String label, List<String> headings) {
        return new GrantFinancialRow(Kind.HEAD, label, null, headings.stream().map(Cell::text).toList(), false);
    }

    public static GrantFinancialRow row(String label, List<Cell> cells) {
        return new GrantFinancialRow(Kind.ROW, label, null, cells, false);
    }

    public static GrantFinancialRow total(String label, List<Cell> cells) {
        return new GrantFinancialRow(Kind.TOTAL, label, null, cells, false);
    }

    /** This row with cells twice as wide. */
    public GrantFinancialRow widened() {
        return new GrantFinancialRow(kind, label, text, cells, true);
    }

    /** The cell at {@code index} (0-based), or null past the row's last. */
    Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
