package org.camove.indicators.aggregation;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Derives, from the cells of one value, every figure the disaggregation shows: each cell of the cross-tab
 * and each category option's subtotal (the sum of the cells that carry that option). Subtotals are added
 * up per partner and quarter first and only then aggregated over time and partners, so that a MAX, LATEST
 * or AVERAGE indicator's "women" figure is the maximum (latest, mean) of the women, not a sum of maxima.
 */
final class CellSubtotals {

    private CellSubtotals() {
    }

    static SortedMap<OptionCombination, Measurement> derivedFrom(SortedMap<OptionCombination, Measurement> cells) {
        SortedMap<OptionCombination, Measurement> subtotals = new TreeMap<>();
        for (Map.Entry<OptionCombination, Measurement> cell : cells.entrySet()) {
            subtotals.put(cell.getKey(), cell.getValue());
            if (cell.getKey().categories().size() > 1) {
                // With a single category a cell already is its option's subtotal.
                for (String category : cell.getKey().categories()) {
                    subtotals.merge(cell.getKey().only(category), cell.getValue(), OverTime::plus);
                }
            }
        }
        return subtotals;
    }
}
