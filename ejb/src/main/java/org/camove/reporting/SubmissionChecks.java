package org.camove.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.InvalidInput.Violation;

/**
 * The data-quality checks a partner's package passes before it is submitted, over the values as they are
 * stored: every assigned indicator has a value; the cells of a value marked fully disaggregated still add up
 * to its total; a cumulative indicator's value below the previous period's is explained (the value's comment);
 * a value that moved from the previous period's by more than the programme's threshold (percent) is commented.
 * One violation per problem, each naming the indicator's code, so the partner knows what to fix.
 */
public record SubmissionChecks(int changeThresholdPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One assigned indicator with its value for the period (null when none) and the previous period's. */
    public record Item(String code, MeasureType measureType, TimeAggregation timeAggregation, Set<String> cellKeys,
                       ValueRules.Reading current, ValueRules.Reading previous) {
    }

    public List<Violation> problems(List<Item> items) {
        List<Violation> found = new ArrayList<>();
        items.forEach(item -> check(item, found));
        return found;
    }

    private void check(Item item, List<Violation> found) {
        String field = "value[" + item.code() + "]";
        var current = item.current();
        if (current == null) {
            found.add(new Violation(field, "submission.check.missing", List.of(item.code())));
            return;
        }
        if (current.fullyDisaggregated()) {
            new ValueRules(item.code(), item.measureType(), item.cellKeys(), null, null)
                    .addsUp(field, current.total(), current.cells(), found);
        }
        BigDecimal now = level(item.measureType(), current);
        BigDecimal before = item.previous() == null ? null : level(item.measureType(), item.previous());
        if (now == null || before == null || explained(current)) {
            return;
        }
        if (item.timeAggregation() == TimeAggregation.CUMULATIVE && now.compareTo(before) < 0) {
            found.add(new Violation(field + ".comment", "submission.check.cumulativeDown",
                    List.of(item.code(), Figure.plain(now), Figure.plain(before))));
        } else if (changedMoreThanThreshold(now, before)) {
            found.add(new Violation(field + ".comment", "submission.check.bigChange",
                    List.of(item.code(), Figure.plain(before), Figure.plain(now), changeThresholdPercent)));
        }
    }

    private boolean changedMoreThanThreshold(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return now.signum() != 0;
        }
        BigDecimal percent = now.subtract(before).abs().multiply(HUNDRED).divide(before.abs(), MathContext.DECIMAL64);
        return percent.compareTo(BigDecimal.valueOf(changeThresholdPercent)) > 0;
    }

    private static boolean explained(ValueRules.Reading value) {
        return value.comment() != null && !value.comment().isBlank();
    }

    /**
     * The figure that is compared across periods: a count's value, a percentage's share (numerator over
     * denominator); milestones and qualitative answers are not compared.
     */
    private static BigDecimal level(MeasureType type, ValueRules.Reading value) {
        var total = value.total();
        return switch (type) {
            case NUMBER -> total.value();
            case PERCENTAGE -> total.numerator() == null || total.denominator() == null || total.denominator().signum() == 0
                    ? null : total.numerator().multiply(HUNDRED).divide(total.denominator(), 2, RoundingMode.HALF_UP);
            case YES_NO, QUALITATIVE -> null;
        };
    }
}
