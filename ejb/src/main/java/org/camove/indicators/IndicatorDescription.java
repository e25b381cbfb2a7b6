package org.camove.indicators;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;

/**
 * What a reader of one indicator's results needs to know about it, in the reader's language: its
 * programme, how it is measured and aggregated, and the categories its values are broken down by, with
 * their options in cross-tab order.
 */
public record IndicatorDescription(long id, String programmeCode, LocalDate programmeStart, LocalDate programmeEnd,
                                   String code, String name, String unit, MeasureType measureType,
                                   TimeAggregation timeAggregation, List<Category> categories) implements Serializable {

    public IndicatorDescription {
        categories = List.copyOf(categories);
    }

    /** A disaggregation category (e.g. Sex) and its options, each with its code and its name. */
    public record Category(String code, String name, List<Option> options) implements Serializable {

        public Category {
            options = List.copyOf(options);
        }
    }

    public record Option(String code, String name) implements Serializable {
    }
}
