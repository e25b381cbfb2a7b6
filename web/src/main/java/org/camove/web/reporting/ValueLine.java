package org.camove.web.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camove.indicators.IndicatorDescription;
import org.camove.logframe.MeasureType;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.ValueRules;

/**
 * One indicator's line on the entry page: what the user types, as text (so that a malformed number comes back
 * as typed, with its message), laid out as the page shows it. The cross-tab is a grid: for one category its
 * options are the rows; for two, the first category's options are the rows and the second's the columns; for
 * three or more, one row per cell. Each input knows the field name the service's refusals use
 * ({@code value[CODE]}, {@code value[CODE].cell[KEY].numerator}, …; see {@link ValueRules}), so a message can
 * be put beside it. The page's inputs are plain HTML named after those fields, so that a view keeps no state per
 * input; {@link #typed(Map)} reads them back from the posted form, with the version the user saw.
 */
public final class ValueLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EntrySheet.Row row;
    private final boolean editable;
    private final Input total;
    private Long seenVersion;
    private String text;
    private String score;
    private String comment;
    private boolean partial;
    private final List<String> columns;
    private final List<GridRow> grid;

    /** {@code editable}: whether the sheet takes values (else the line shows what is kept). */
    ValueLine(EntrySheet.Row row, boolean editable) {
        this.row = row;
        this.editable = editable;
        String field = "value[" + row.code() + "]";
        var reading = row.current() == null ? null : row.current().reading();
        this.total = new Input(field, "", "");
        this.seenVersion = row.seenVersion();
        if (reading != null) {
            total.value = plain(reading.total().value());
            total.numerator = plain(reading.total().numerator());
            total.denominator = plain(reading.total().denominator());
            text = reading.text();
            score = plain(reading.score());
            comment = reading.comment();
            partial = !row.categories().isEmpty() && !reading.fullyDisaggregated();
        }
        var categories = row.categories();
        this.columns = categories.size() == 2 ? categories.get(1).options().stream().map(IndicatorDescription.Option::name).toList()
                : List.of();
        this.grid = grid(field, categories);
        if (reading != null) {
            grid.stream().flatMap(r -> r.cells().stream()).forEach(cell -> {
                var kept = reading.cells().get(cell.key);
                if (kept != null) {
                    cell.value = plain(kept.value());
                    cell.numerator = plain(kept.numerator());
                    cell.denominator = plain(kept.denominator());
                }
            });
        }
    }

    /** What is sent to the service; the cells as typed, the total as typed (or as the page derived it). */
    EnteredValue entered() {
        Map<String, EnteredValue.Cell> cells = new LinkedHashMap<>();
        grid.stream().flatMap(r -> r.cells().stream()).forEach(cell -> cells.put(cell.key, cell.typed()));
        return new EnteredValue(row.indicatorId(), seenVersion, total.typed(), text, score,
                !grid.isEmpty() && !partial, cells, comment);
    }

    /**
     * Takes what the posted form holds for this line (parameters named after the fields, see the class comment):
     * the figures, texts and cells as typed, and the version the page was rendered with, so that a save against a
     * value changed since is refused as a conflict. A version that is not a number counts as none seen.
     */
    void typed(Map<String, String> form) {
        String field = total.field;
        total.typed(form);
        grid.stream().flatMap(r -> r.cells().stream()).forEach(cell -> cell.typed(form));
        text = form.get(field + ".text");
        score = form.get(field + ".score");
        comment = form.get(field + ".comment");
        partial = form.containsKey(field + ".partial");
        String version = form.get(field + ".version");
        try {
            seenVersion = version == null || version.isBlank() ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException notANumber) {
            seenVersion = null;
        }
    }

    private static List<GridRow> grid(String field, List<IndicatorDescription.Category> categories) {
        List<GridRow> rows = new ArrayList<>();
        if (categories.size() == 1 || categories.size() == 2) {
            var first = categories.get(0);
            for (var option : first.options()) {
                List<Input> cells = new ArrayList<>();
                if (categories.size() == 1) {
                    cells.add(cell(field, Map.of(first.code(), option.code()), option.name()));
                } else {
                    var second = categories.get(1);
                    for (var other : second.options()) {
                        cells.add(cell(field, Map.of(first.code(), option.code(), second.code(), other.code()),
                                option.name() + " · " + other.name()));
                    }
                }
                rows.add(new GridRow(option.name(), cells));
            }
        } else if (categories.size() > 2) {
            combinations(categories, 0, new TreeMap<>(), new ArrayList<>(), field, rows);
        }
        return rows;
    }

    /** Every combination of one option per category, in the categories' order, one grid row each. */
    private static void combinations(List<IndicatorDescription.Category> categories, int depth, Map<String, String> chosen,
                                     List<String> names, String field, List<GridRow> rows) {
        if (depth == categories.size()) {
            String label = String.join(" · ", names);
            rows.add(new GridRow(label, List.of(cell(field, chosen, label))));
            return;
        }
        var category = categories.get(depth);
        for (var option : category.options()) {
            chosen.put(category.code(), option.code());
            names.add(option.name());
            combinations(categories, depth + 1, chosen, names, field, rows);
            names.remove(names.size() - 1);
            chosen.remove(category.code());
        }
    }

    private static Input cell(String field, Map<String, String> optionByCategory, String label) {
        String key = ValueRules.cellKey(optionByCategory);
        return new Input(field + ".cell[" + key + "]", key, label);
    }

    static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /** A value as the page shows it read-only (previous quarter, locked sheets): "120", "45/60 (75%)", a text. */
    public static String shown(EntrySheet.Entry entry, MeasureType type) {
        if (entry == null) {
            return "";
        }
        var reading = entry.reading();
        return switch (type) {
            case PERCENTAGE -> {
                var total = reading.total();
                String ratio = plain(total.numerator()) + "/" + plain(total.denominator());
                yield total.denominator() == null || total.denominator().signum() == 0 || total.numerator() == null ? ratio
                        : ratio + " (" + total.numerator().multiply(BigDecimal.valueOf(100))
                        .divide(total.denominator(), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%)";
            }
            case QUALITATIVE -> (reading.text() == null ? "" : reading.text())
                    + (reading.score() == null ? "" : " [" + plain(reading.score()) + "]");
            default -> plain(reading.total().value());
        };
    }

    public EntrySheet.Row getRow() {
        return row;
    }

    // the row's parts as JavaBean properties: the page reads them for every line, and EL finds a method called by
    // name through reflection each time, a property once

    public long getIndicatorId() {
        return row.indicatorId();
    }

    public String getCode() {
        return row.code();
    }

    public String getName() {
        return row.name();
    }

    public String getUnit() {
        return row.unit();
    }

    public String getMeasureType() {
        return row.measureType().name();
    }

    /** The qualitative indicator's scale in the reader's language; null when it takes no score. */
    public String getScoreScale() {
        return row.scoreScale();
    }

    public boolean isEditable() {
        return editable;
    }

    public String getField() {
        return total.field;
    }

    /** The version the page is rendered with (kept in the form, see {@link #typed(Map)}); null when there is none. */
    public Long getSeenVersion() {
        return seenVersion;
    }

    public boolean isPercentage() {
        return row.measureType() == MeasureType.PERCENTAGE;
    }

    public boolean isQualitative() {
        return row.measureType() == MeasureType.QUALITATIVE;
    }

    public boolean isDisaggregated() {
        return !grid.isEmpty();
    }

    public String getPrevious() {
        return shown(row.previous(), row.measureType());
    }

    public String getCurrent() {
        return shown(row.current(), row.measureType());
    }

    public String getTarget() {
        return plain(row.target());
    }

    public Input getTotal() {
        return total;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<GridRow> getGrid() {
        return grid;
    }

    public String getText() {
        return text;
    }


    public String getScore() {
        return score;
    }


    public String getComment() {
        return comment;
    }


    public boolean isPartial() {
        return partial;
    }


    /** A row of the cross-tab: its label (an option, or a combination of options) and its cells. */
    public record GridRow(String label, List<Input> cells) implements Serializable {

        public String getLabel() {
            return label;
        }

        public List<Input> getCells() {
            return cells;
        }
    }

    /** The figures of a total or a cell as typed, with the field name refusals use and a label for readers. */
    public static final class Input implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String key;
        private final String label;
        private String value;
        private String numerator;
        private String denominator;

        Input(String field, String key, String label) {
            this.field = field;
            this.key = key;
            this.label = label;
        }

        EnteredValue.Cell typed() {
            return new EnteredValue.Cell(value, numerator, denominator);
        }

        /** Takes the figures the posted form holds for this input: {@code field}, {@code field.numerator}, {@code field.denominator}. */
        void typed(Map<String, String> form) {
            value = form.get(field);
            numerator = form.get(field + ".numerator");
            denominator = form.get(field + ".denominator");
        }

        public String getField() {
            return field;
        }

        /** A cell of a percentage as read-only pages show it: "45/60", or "" when it has no figures. */
        public String getRatio() {
            return numerator == null && denominator == null ? "" : Objects.toString(numerator, "") + "/" + Objects.toString(denominator, "");
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }


        public String getNumerator() {
            return numerator;
        }


        public String getDenominator() {
            return denominator;
        }

    }
}
