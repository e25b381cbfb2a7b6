package org.camove.web.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camove.indicators.IndicatorDescription;
import org.camove.indicators.IndicatorDescription.Category;
import org.camove.indicators.IndicatorDescription.Option;
import org.camove.indicators.aggregation.Actual;
import org.camove.indicators.aggregation.DisaggregatedSubtotal;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.OptionCombination;
import org.camove.indicators.aggregation.PeriodResult;

/**
 * The drill-down into an indicator's disaggregation, formatted for the reader: each category option's
 * subtotal by quarter and to date, and the cross-tab of cells (rows: the options of every category but the
 * last, e.g. Sex; columns: the last category's, e.g. Age group) for the total to date or one quarter, with
 * the subtotals of rows and columns and the indicator's total in the margins. Every figure comes from the
 * aggregation engine; nothing is added up here.
 */
public final class Breakdown implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The key of the total to date among the periods of the cross-tab. */
    public static final String TO_DATE = "";

    public record OptionLine(String category, String option, List<String> byQuarter, String toDate) implements Serializable {
    }

    /** A row of the cross-tab: its label (e.g. "Female") and the option codes that select it. */
    public record CrossTabRow(String label, Map<String, String> options) implements Serializable {

        /** The key of one of the row's cells as stored, options sorted by category: e.g. AGE=18-35;SEX=F. */
        public String keyWith(String category, String option) {
            Map<String, String> cell = new TreeMap<>(options);
            cell.put(category, option);
            return cell.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        }
    }

    private final List<String> quarters;
    private final List<OptionLine> optionLines;
    private final String rowsTitle;
    private final Category columns;
    private final List<CrossTabRow> rows;
    /** Formatted figures by period (TO_DATE or a quarter), then by "row key|column code" ("|" margins). */
    private final Map<String, Map<String, String>> crossTab = new HashMap<>();

    public Breakdown(IndicatorDescription indicator, IndicatorResult result, Function<Actual, String> format) {
        quarters = result.periods().stream().map(p -> p.quarter().toString()).toList();
        optionLines = new ArrayList<>();
        for (Category category : indicator.categories()) {
            for (Option option : category.options()) {
                var subtotal = result.subtotal(OptionCombination.of(category.code(), option.code()));
                optionLines.add(new OptionLine(category.name(), option.name(),
                        result.periods().stream().map(p -> format.apply(subtotal.map(s -> s.actualIn(p.quarter())).orElse(null))).toList(),
                        format.apply(subtotal.map(DisaggregatedSubtotal::totalToDate).orElse(null))));
            }
        }
        List<Category> categories = indicator.categories();
        if (categories.size() < 2) {
            rowsTitle = null;
            columns = null;
            rows = List.of();
            return;
        }
        List<Category> rowCategories = categories.subList(0, categories.size() - 1);
        rowsTitle = String.join(" × ", rowCategories.stream().map(Category::name).toList());
        columns = categories.get(categories.size() - 1);
        rows = rowsOf(rowCategories);
        fillCrossTab(result, format);
    }

    private static List<CrossTabRow> rowsOf(List<Category> categories) {
        List<CrossTabRow> rows = List.of(new CrossTabRow("", Map.of()));
        for (Category category : categories) {
            List<CrossTabRow> longer = new ArrayList<>();
            for (CrossTabRow row : rows) {
                for (Option option : category.options()) {
                    Map<String, String> options = new TreeMap<>(row.options());
                    options.put(category.code(), option.code());
                    longer.add(new CrossTabRow(row.label().isEmpty() ? option.name() : row.label() + " · " + option.name(), options));
                }
            }
            rows = longer;
        }
        return rows;
    }

    private void fillCrossTab(IndicatorResult result, Function<Actual, String> format) {
        Map<String, Actual> grand = new HashMap<>();
        grand.put(TO_DATE, result.totalToDate());
        for (PeriodResult period : result.periods()) {
            grand.put(period.quarter().toString(), period.actual());
        }
        grand.forEach((period, total) -> crossTab.computeIfAbsent(period, p -> new HashMap<>()).put("|", format.apply(total)));
        for (CrossTabRow row : rows) {
            put(result, row.options(), key(row, ""), format);
            for (Option column : columns.options()) {
                Map<String, String> cell = new TreeMap<>(row.options());
                cell.put(columns.code(), column.code());
                put(result, cell, key(row, column.code()), format);
            }
        }
        for (Option column : columns.options()) {
            put(result, Map.of(columns.code(), column.code()), "|" + column.code(), format);
        }
    }

    private void put(IndicatorResult result, Map<String, String> options, String key, Function<Actual, String> format) {
        result.subtotal(OptionCombination.of(options)).ifPresent(subtotal -> {
            crossTab.computeIfAbsent(TO_DATE, p -> new HashMap<>()).put(key, format.apply(subtotal.totalToDate()));
            subtotal.actualByPeriod().forEach((quarter, actual) ->
                    crossTab.computeIfAbsent(quarter.toString(), p -> new HashMap<>()).put(key, format.apply(actual)));
        });
    }

    private static String key(CrossTabRow row, String column) {
        return row.options() + "|" + column;
    }

    /** A cell of the cross-tab; column null for the row's subtotal; row null for the column's; both null for the total. */
    public String figure(String period, CrossTabRow row, String column) {
        String key = row == null ? "|" + (column == null ? "" : column) : key(row, column == null ? "" : column);
        return crossTab.getOrDefault(period == null ? TO_DATE : period, Map.of()).getOrDefault(key, "");
    }

    public boolean hasCrossTab() {
        return columns != null;
    }

    public List<String> getQuarters() {
        return quarters;
    }

    public List<OptionLine> getOptionLines() {
        return optionLines;
    }

    public String getRowsTitle() {
        return rowsTitle;
    }

    public Category getColumns() {
        return columns;
    }

    public List<CrossTabRow> getRows() {
        return rows;
    }
}
