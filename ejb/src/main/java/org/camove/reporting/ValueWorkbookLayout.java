package org.camove.reporting;

import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.util.CellReference;

/**
 * The layout of the values workbook, the one thing its writer ({@link ValueWorkbookTemplate}) and its reader
 * ({@link ValueWorkbookReader}) share. Sheet "Values" has a row per assigned indicator, its figures typed in
 * the row; sheet "Breakdown" has a row per indicator and cell of its cross-tab (Sex × Age: 8 rows), because
 * cross-tabs differ in shape and a row per cell can be filled, sorted and checked by anyone; a third, very
 * hidden sheet names the period, the partner and the language of the headers. The technical columns (the
 * indicator's id, the version read, the cell's key) are hidden: they tie a row to what it fills.
 */
final class ValueWorkbookLayout {

    static final String META_SHEET = "camove";
    static final String MARKER = "camove values workbook";
    static final int FORMAT = 1;
    /** Row (0-based) of the meta sheet: period id and quarter, partner id and code, language of the headers. */
    static final int META_PERIOD = 1;
    static final int META_PARTNER = 2;
    static final int META_LANGUAGE = 3;
    /** Not a secret: it keeps the labels and hidden columns from being changed by accident. */
    static final String PROTECTION = "camove";

    private static final String BUNDLE = "org.camove.reporting.i18n.workbook";

    /** The columns of sheet "Values", in order; the first two are hidden. */
    enum ValueColumn {
        ID, VERSION, CODE, NAME, UNIT, MEASURE, PREVIOUS, TARGET, VALUE, DENOMINATOR, TEXT, SCORE, FULLY, COMMENT
    }

    /** The columns of sheet "Breakdown", in order; the first two are hidden. */
    enum BreakdownColumn {
        ID, KEY, CODE, CELL, VALUE, DENOMINATOR
    }

    private ValueWorkbookLayout() {
    }

    static String label(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    static String header(ValueColumn column, Locale locale) {
        return label("values." + column.name(), locale);
    }

    static String header(BreakdownColumn column, Locale locale) {
        return label("breakdown." + column.name(), locale);
    }

    static String valuesSheet(Locale locale) {
        return label("sheet.values", locale);
    }

    static String breakdownSheet(Locale locale) {
        return label("sheet.breakdown", locale);
    }

    /** A column as a spreadsheet names it: A, B, … */
    static String letter(Enum<?> column) {
        return CellReference.convertNumToColString(column.ordinal());
    }
}
