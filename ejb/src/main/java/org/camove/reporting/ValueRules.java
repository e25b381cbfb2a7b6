package org.camove.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camove.indicators.IndicatorDescription;
import org.camove.logframe.MeasureType;
import org.camove.shared.InvalidInput.Violation;

/**
 * What an entered value of one indicator must be before it is kept: its numbers parse, counts are not
 * negative, a percentage's denominator is above zero and its numerator not above it, a milestone is 0 or 1,
 * a score lies on the indicator's scale, and the cells of a value marked fully disaggregated add up to its
 * total (a value not so marked keeps its cells as a partial breakdown). Every refusal is a violation of a
 * field named after the indicator's code (and cell), so a sheet can show it beside what was typed.
 */
public record ValueRules(String code, MeasureType measureType, Set<String> cellKeys, BigDecimal scoreMin,
                         BigDecimal scoreMax) {

    /** Longest text or comment kept. */
    public static final int TEXT_LENGTH = 10_000;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,4})?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    public ValueRules {
        cellKeys = Set.copyOf(cellKeys);
    }

    /** The value as it will be kept. */
    public record Reading(Figure total, String text, BigDecimal score, boolean fullyDisaggregated,
                          Map<String, Figure> cells, String comment) implements java.io.Serializable {

        /** The cells are kept in key order, as the audit trail describes them. */
        public Reading {
            score = score == null ? null : score.stripTrailingZeros();
            cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
        }

        /** Characters that describe a cell, about: its key of three or four options and a figure. */
        private static final int DESCRIBED_CELL = 64;

        /** As the audit trail keeps a value: its figures, text, score and cells. */
        public String describe() {
            // sized for the cells up front: a value of 192 cells is described in 10 KB, and a bulk save describes 500
            var out = new StringBuilder(32 + cells.size() * DESCRIBED_CELL).append(total);
            if (text != null) {
                out.append(" text=").append(text);
            }
            if (score != null) {
                out.append(" score=").append(Figure.plain(score));
            }
            if (!cells.isEmpty()) {
                out.append(fullyDisaggregated ? " cells{" : " partial cells{");
                cells.forEach((key, figure) -> out.append(key).append(':').append(figure).append(' '));
                out.setCharAt(out.length() - 1, '}');
            }
            return out.toString();
        }
    }

    /** The option keys of a cross-tab: one option of each category, categories in code order ({@code AGE=18-35;SEX=F}). */
    public static Set<String> cellKeys(List<IndicatorDescription.Category> categories) {
        List<Map<String, String>> combinations = List.of(Map.of());
        for (var category : categories) {
            List<Map<String, String>> longer = new ArrayList<>();
            for (var chosen : combinations) {
                for (var option : category.options()) {
                    var more = new TreeMap<>(chosen);
                    more.put(category.code(), option.code());
                    longer.add(more);
                }
            }
            combinations = longer;
        }
        return categories.isEmpty() ? Set.of() : new TreeSet<>(combinations.stream().map(ValueRules::cellKey).toList());
    }

    /** The key of one cell: the option of each category, categories in code order ({@code AGE=18-35;SEX=F}). */
    public static String cellKey(Map<String, String> optionByCategory) {
        var out = new StringBuilder();
        new TreeMap<>(optionByCategory).forEach((category, option) -> out.append(out.length() == 0 ? "" : ";")
                .append(category).append('=').append(option));
        return out.toString();
    }

    /** The value as it will be kept, or null when refused; each refusal is added to {@code found}. */
    public Reading read(EnteredValue entered, List<Violation> found) {
        int before = found.size();
        String field = "value[" + code + "]";
        Figure total = figure(field, code, entered.total(), found);
        String text = kept(field + ".text", entered.text(), found);
        String comment = kept(field + ".comment", entered.comment(), found);
        BigDecimal score = score(field + ".score", entered.score(), found);
        if (measureType == MeasureType.QUALITATIVE && text == null) {
            found.add(new Violation(field + ".text", "entry.text.required", List.of(code)));
        }
        Map<String, Figure> cells = new TreeMap<>();
        entered.cells().forEach((key, cell) -> {
            String cellField = field + ".cell[" + key + "]";
            if (!cellKeys.contains(key)) {
                found.add(new Violation(cellField, "entry.cell.unknown", List.of(code, key)));
            } else if (!cell.isBlank()) {
                cells.put(key, figure(cellField, code + " " + key, cell, found));
            }
        });
        boolean fully = entered.fullyDisaggregated() && !cellKeys.isEmpty();
        if (found.size() > before) {
            return null;
        }
        if (fully) {
            addsUp(field, total, cells, found);
        }
        return found.size() > before ? null : new Reading(total, text, score, fully, cells, comment);
    }

    private Figure figure(String field, String where, EnteredValue.Cell cell, List<Violation> found) {
        return switch (measureType) {
            case NUMBER -> Figure.number(count(field, where, cell.value(), found));
            case YES_NO -> {
                BigDecimal reached = number(field, where, cell.value(), true, found);
                if (reached != null && reached.compareTo(BigDecimal.ZERO) != 0 && reached.compareTo(BigDecimal.ONE) != 0) {
                    found.add(new Violation(field, "entry.yesNo", List.of(where)));
                }
                yield Figure.number(reached);
            }
            case PERCENTAGE -> {
                BigDecimal numerator = count(field + ".numerator", where, cell.numerator(), found);
                BigDecimal denominator = count(field + ".denominator", where, cell.denominator(), found);
                if (denominator != null && denominator.signum() == 0) {
                    found.add(new Violation(field + ".denominator", "entry.ratio.denominatorZero", List.of(where)));
                } else if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                    found.add(new Violation(field + ".numerator", "entry.ratio.numeratorAbove",
                            List.of(where, Figure.plain(numerator), Figure.plain(denominator))));
                }
                yield Figure.ratio(numerator, denominator);
            }
            case QUALITATIVE -> Figure.none();
        };
    }

    private static BigDecimal count(String field, String where, String typed, List<Violation> found) {
        BigDecimal count = number(field, where, typed, true, found);
        if (count != null && count.signum() < 0) {
            found.add(new Violation(field, "entry.number.negative", List.of(where, Figure.plain(count))));
        }
        return count;
    }

    /** Digits with a point or comma before at most four decimals; spaces between thousands are allowed. */
    static BigDecimal number(String field, String where, String typed, boolean required, List<Violation> found) {
        if (EnteredValue.blank(typed)) {
            if (required) {
                found.add(new Violation(field, "entry.number.required", List.of(where)));
            }
            return null;
        }
        String digits = typed.strip();
        if (!NUMBER.matcher(digits).matches()) { // as typed by people: "1 200,5"; machines send "1200.5", checked once
            digits = SPACES.matcher(digits).replaceAll("").replace(',', '.');
            if (!NUMBER.matcher(digits).matches()) {
                found.add(new Violation(field, "entry.number.malformed", List.of(where, typed.strip())));
                return null;
            }
        }
        return new BigDecimal(digits);
    }

    private BigDecimal score(String field, String typed, List<Violation> found) {
        if (measureType != MeasureType.QUALITATIVE || EnteredValue.blank(typed)) {
            return null;
        }
        BigDecimal score = number(field, code, typed, false, found);
        if (score != null && (scoreMin == null || scoreMax == null)) {
            found.add(new Violation(field, "entry.score.noScale", List.of(code)));
        } else if (score != null && (score.compareTo(scoreMin) < 0 || score.compareTo(scoreMax) > 0)) {
            found.add(new Violation(field, "entry.score.range", List.of(code, Figure.plain(scoreMin), Figure.plain(scoreMax))));
        }
        return score;
    }

    private String kept(String field, String typed, List<Violation> found) {
        if (EnteredValue.blank(typed)) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > TEXT_LENGTH) {
            found.add(new Violation(field, "logframe.tooLong", List.of(TEXT_LENGTH, text.length())));
        }
        return text;
    }

    /** Whether the cells add up to the total (numerators and denominators apart for a percentage). */
    void addsUp(String field, Figure total, Map<String, Figure> cells, List<Violation> found) {
        if (measureType == MeasureType.PERCENTAGE) {
            sums(field + ".numerator", total.numerator(), cells, Figure::numerator, found);
            sums(field + ".denominator", total.denominator(), cells, Figure::denominator, found);
        } else {
            sums(field, total.value(), cells, Figure::value, found);
        }
    }

    private void sums(String field, BigDecimal total, Map<String, Figure> cells, Function<Figure, BigDecimal> part,
                      List<Violation> found) {
        BigDecimal sum = cells.values().stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            found.add(new Violation(field, "entry.cells.notAddingUp", List.of(code, Figure.plain(sum), Figure.plain(total))));
        }
    }
}
