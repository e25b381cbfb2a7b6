package org.camove.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.camove.indicators.aggregation.Baseline;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.LocalizedText;

/**
 * An indicator's reference sheet (what M&E calls a PIRS): its full definition as the API and exports read
 * it, texts in both languages, figures as stored. {@code version} is the optimistic-lock version an edit must quote.
 *
 * @param baseline    null when the indicator has no baseline value
 * @param scoreScale  null unless answers are scored
 * @param targets     per quarter, the programme's and (those the reader may see) partners'
 */
public record IndicatorReferenceSheet(long id, long version, String programmeCode, String resultCode, String code,
                                  LocalizedText name, LocalizedText definition, LocalizedText unit,
                                  MeasureType measureType, TimeAggregation timeAggregation,
                                  PartnerAggregation partnerAggregation, Direction direction, Baseline baseline,
                                  BigDecimal lifeOfProgrammeTarget, LocalizedText meansOfVerification,
                                  ScoreScale scoreScale, List<Category> disaggregation, List<Target> targets,
                                  List<String> responsiblePartners) {

    public IndicatorReferenceSheet {
        Objects.requireNonNull(code, "code");
        disaggregation = List.copyOf(disaggregation);
        targets = List.copyOf(targets);
        responsiblePartners = List.copyOf(responsiblePartners);
    }

    /** The scale qualitative answers are scored on, its levels described in {@code levels}. */
    public record ScoreScale(BigDecimal min, BigDecimal max, LocalizedText levels) {
    }

    /** A disaggregation category of the cross-tab, in cross-tab order, with its options. */
    public record Category(String code, LocalizedText name, List<Option> options) {

        public Category {
            options = List.copyOf(options);
        }
    }

    public record Option(String code, LocalizedText name) {
    }

    /** A quarter's target: the programme's when {@code partner} (an organisation code) is null. */
    public record Target(Quarter quarter, String partner, BigDecimal target) {
    }
}
