package org.camove.logframe;

import java.io.Serializable;
import java.util.List;
import org.camove.indicators.aggregation.Quarter;

/**
 * What the indicator editor shows: the definition to edit (with the version it was read at, which a save
 * must name), the result it belongs to, and the choices the programme offers — its quarters for targets,
 * its partners, the disaggregation categories — named in the reader's language.
 * {@code indicatorId} is null for a new indicator.
 */
public record IndicatorDraft(Long indicatorId, long version, long resultId, String resultCode, String resultStatement,
                             String programmeCode, List<Quarter> quarters, List<Choice> partners,
                             List<Choice> categories, IndicatorDefinition definition) implements Serializable {

    public IndicatorDraft {
        quarters = List.copyOf(quarters);
        partners = List.copyOf(partners);
        categories = List.copyOf(categories);
    }

    /** Something to choose, by its code, as the reader reads it. */
    public record Choice(String code, String name) implements Serializable {
    }
}
