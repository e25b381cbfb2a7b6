package org.camove.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.logframe.MeasureType;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.Figure;
import org.camove.reporting.PeriodState;
import org.camove.reporting.SavedValues;
import org.camove.reporting.SubmissionState;
import org.camove.reporting.ValueRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's values for a reporting period as the API reads them (the entry sheet) and takes them (in bulk). */
public final class PartnerValuesJson {

    private PartnerValuesJson() {
    }

    @Schema(name = "SavedPartnerValues", description = "What a bulk save did: the values it changed, those it kept as they were "
            + "(sent again unchanged), and each value's version to quote in the next save; the entry sheet is a GET away")
    public record Saved(long periodId, long partnerId, int changed, int unchanged, List<SavedValue> values) {

        static Saved from(long periodId, long partnerId, SavedValues saved) {
            return new Saved(periodId, partnerId, saved.changed(), saved.unchanged(), saved.versions().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(v -> new SavedValue(v.getKey(), v.getValue())).toList());
        }
    }

    @Schema(name = "SavedPartnerValue", description = "A value saved (or kept): its indicator and the version of its pending value")
    public record SavedValue(long indicatorId, long version) {
    }

    @Schema(name = "PartnerValues", description = "A partner's entry sheet for a period: its assigned indicators with their values")
    public record Sheet(long periodId, @Schema(example = "2026-Q4") String quarter, PeriodState periodState,
                        @Schema(description = "The state of the partner's package; null when not started") SubmissionState submission,
                        @Schema(description = "Whether values can be saved now") boolean open,
                        long partnerId, String partnerCode, String partnerName, List<Row> indicators) {

        static Sheet from(EntrySheet sheet) {
            return new Sheet(sheet.periodId(), sheet.quarter(), sheet.state(), sheet.submission(), sheet.open(), sheet.partnerId(),
                    sheet.partnerCode(), sheet.partnerName(), sheet.rows().stream().map(Row::from).toList());
        }
    }

    @Schema(name = "PartnerIndicator")
    public record Row(long indicatorId, String code, String name, String unit, MeasureType measureType,
                      @Schema(description = "The keys of the cells of its cross-tab, e.g. AGE=18-35;SEX=F") List<String> cells,
                      BigDecimal target,
                      @Schema(description = "PENDING or APPROVED; null when there is no value") ApprovalState state,
                      @Schema(description = "The pending value's version: quote it to change the value") Long version,
                      Value current, Value previous) {

        static Row from(EntrySheet.Row row) {
            return new Row(row.indicatorId(), row.code(), row.name(), row.unit(), row.measureType(),
                    List.copyOf(ValueRules.cellKeys(row.categories())), row.target(),
                    row.current() == null ? null : row.current().state(), row.seenVersion(),
                    row.current() == null ? null : Value.from(row, row.current().reading()),
                    row.previous() == null ? null : Value.from(row, row.previous().reading()));
        }
    }

    /** The body of a bulk save as the OpenAPI document describes it; read as a stream by {@link BulkValuesReader}. */
    @Schema(name = "Values", description = "Values of a partner's indicators for a period, saved all or none")
    public record Bulk(List<Value> values) {
    }

    @Schema(name = "Value", description = "One indicator's value: value (numbers, milestones 0/1) or numerator and denominator "
            + "(percentages), text and score (qualitative), cells by option keys, comment")
    public record Value(@Schema(description = "The indicator's code (or give indicatorId)", example = "1.b") String indicator,
                        Long indicatorId,
                        @Schema(description = "The version of the pending value read; null when there was none") Long version,
                        BigDecimal value, BigDecimal numerator, BigDecimal denominator, String text, BigDecimal score,
                        @Schema(description = "The cells add up to the total") Boolean fullyDisaggregated,
                        Map<String, Cell> cells, String comment) {

        static Value from(EntrySheet.Row row, ValueRules.Reading reading) {
            var cells = new TreeMap<String, Cell>();
            reading.cells().forEach((key, figure) -> cells.put(key, Cell.from(figure)));
            var total = reading.total();
            return new Value(row.code(), row.indicatorId(), null, Decimals.plain(total.value()), Decimals.plain(total.numerator()),
                    Decimals.plain(total.denominator()), reading.text(), reading.score(), reading.fullyDisaggregated(), cells,
                    reading.comment());
        }
    }

    @Schema(name = "ValueCell", description = "One cell of a value's cross-tab")
    public record Cell(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

        static Cell from(Figure figure) {
            return new Cell(Decimals.plain(figure.value()), Decimals.plain(figure.numerator()), Decimals.plain(figure.denominator()));
        }
    }
}
