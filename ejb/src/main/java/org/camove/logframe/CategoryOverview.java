package org.camove.logframe;

import java.io.Serializable;
import java.util.List;

/**
 * A disaggregation category as the administrator's reference data page lists it: both names, its options in
 * order (retired ones too), the version a change must name, and how many indicators break down by it (their
 * codes are then fixed). {@code offered}: active with at least one active option, so new cross-tabs may use it.
 */
public record CategoryOverview(long id, long version, String code, String nameEn, String nameRu, boolean active,
                               boolean offered, long indicators, List<Option> options) implements Serializable {

    public CategoryOverview {
        options = List.copyOf(options);
    }

    static CategoryOverview of(DisaggregationCategory category, long indicators) {
        return new CategoryOverview(category.getId(), category.getVersion(), category.getCode(), category.getName().en(),
                category.getName().ru(), category.isActive(), category.isOffered(), indicators,
                category.getOptions().stream().map(o -> new Option(o.getId(), o.getCode(), o.getName().en(),
                        o.getName().ru(), o.getPosition(), o.isActive())).toList());
    }

    public record Option(long id, String code, String nameEn, String nameRu, int position, boolean active)
            implements Serializable {
    }
}
