package org.camove.logframe;

import java.io.Serializable;
import java.util.List;
import org.camove.indicators.aggregation.Quarter;

/**
 * What the indicator editor shows: the definition to edit (with the version it was read at, which a save
 * must name), the result it belongs to, and the choices the programme offers — its quarters for targets,
 * its partners, the disaggregation categories — named in the reader's language.
 * {@code indicatorId} is null for a new indicator. The categories are those offered for new cross-tabs and
 * those the indicator already breaks down by, even when retired since.
 */
public record IndicatorDraft(Long indicatorId, long version, long resultId, String resultCode, String resultStatement,
                             String programmeCode, List<Quarter> quarters, List<Choice> partners,
                             List<Category> categories, IndicatorDefinition definition) implements Serializable {

    public IndicatorDraft {
        quarters = List.copyOf(quarters);
        partners = List.copyOf(partners);
        categories = List.copyOf(categories);
    }

    /** Something to choose, by its code, as the reader reads it. */
    public record Choice(String code, String name) implements Serializable {
    }

    /**
     * A disaggregation category and the options its cross-tab has: the active ones and, for a category the
     * indicator uses, the retired ones too. {@code offered} is false for what is retired.
     */
    public record Category(String code, String name, boolean offered, List<Option> options) implements Serializable {

        public Category {
            options = List.copyOf(options);
        }
    }

    public record Option(String code, String name, boolean offered) implements Serializable {
    }
}
