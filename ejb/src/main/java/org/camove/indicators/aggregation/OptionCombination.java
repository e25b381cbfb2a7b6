package org.camove.indicators.aggregation;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Category option codes that identify a disaggregation cell or subtotal, e.g. {@code {SEX=F, AGE=18-35}}
 * (a cell of a Sex × Age cross-tab) or {@code {SEX=F}} (the subtotal of women).
 * Keys are category codes, values option codes; order does not matter.
 */
public record OptionCombination(SortedMap<String, String> options) implements Comparable<OptionCombination> {

    public OptionCombination {
        Objects.requireNonNull(options, "options");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A combination names at least one category option");
        }
        options.forEach((category, option) -> {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(option, () -> "option of " + category);
        });
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }

    public static OptionCombination of(Map<String, String> options) {
        return new OptionCombination(new TreeMap<>(options));
    }

    /** E.g. {@code OptionCombination.of("SEX", "F", "AGE", "18-35")}. */
    public static OptionCombination of(String... categoryOptionPairs) {
        if (categoryOptionPairs.length == 0 || categoryOptionPairs.length % 2 != 0) {
            throw new IllegalArgumentException("Give category and option codes in pairs");
        }
        SortedMap<String, String> options = new TreeMap<>();
        for (int i = 0; i < categoryOptionPairs.length; i += 2) {
            if (options.put(categoryOptionPairs[i], categoryOptionPairs[i + 1]) != null) {
                throw new IllegalArgumentException("Category " + categoryOptionPairs[i] + " named twice");
            }
        }
        return new OptionCombination(options);
    }

    public Set<String> categories() {
        return options.keySet();
    }

    /** The option of one category, or null when this combination does not name that category. */
    public String optionOf(String category) {
        return options.get(category);
    }

    /** The single-option subtotal key this cell belongs to for one category, e.g. {SEX=F} for {SEX=F, AGE=0-17}. */
    OptionCombination only(String category) {
        return of(category, options.get(category));
    }

    @Override
    public int compareTo(OptionCombination other) {
        if (this == other) {
            return 0; // the feed hands out one instance per cell key, and cell maps look keys up by the hundred thousand
        }
        Iterator<Map.Entry<String, String>> mine = options.entrySet().iterator();
        Iterator<Map.Entry<String, String>> theirs = other.options.entrySet().iterator();
        while (mine.hasNext() && theirs.hasNext()) {
            Map.Entry<String, String> a = mine.next();
            Map.Entry<String, String> b = theirs.next();
            int byCategory = a.getKey().compareTo(b.getKey());
            if (byCategory != 0) {
                return byCategory;
            }
            int byOption = a.getValue().compareTo(b.getValue());
            if (byOption != 0) {
                return byOption;
            }
        }
        return Integer.compare(options.size(), other.options.size());
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
