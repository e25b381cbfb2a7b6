package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.camove.logframe.MeasureType;

/**
 * Combines partners' measurements (for one quarter, or their totals to date) into the scope's figure.
 * Accumulates instead of collecting, so partners can be folded in one at a time and forgotten.
 */
abstract class AcrossPartners {

    static Supplier<AcrossPartners> forRules(IndicatorRules rules) {
        if (rules.measureType() == MeasureType.PERCENTAGE) {
            return PooledRatio::new;
        }
        // POOLED on anything but a percentage is refused by IndicatorRules
        switch (rules.acrossPartners()) {
            case SUM:
                return Sum::new;
            case AVERAGE:
                return Average::new;
            case MAX:
                return Max::new;
            default:
                throw new IllegalStateException("Unhandled partner aggregation " + rules.acrossPartners());
        }
    }

    abstract void add(Measurement measurement);

    /** The combined figure, or null when no partner had one. */
    abstract Actual result();

    private static final class Sum extends AcrossPartners {
        private BigDecimal total;

        @Override
        void add(Measurement measurement) {
            BigDecimal value = ((Quantity) measurement).value();
            total = total == null ? value : total.add(value);
        }

        @Override
        Actual result() {
            return total == null ? null : Actual.of(total);
        }
    }

    /** Over the partners that have a figure: a partner that reported nothing is not a zero. */
    private static final class Average extends AcrossPartners {
        private BigDecimal total = BigDecimal.ZERO;
        private long count;

        @Override
        void add(Measurement measurement) {
            total = total.add(((Quantity) measurement).value());
            count++;
        }

        @Override
        Actual result() {
            return count == 0 ? null : Actual.of(total.divide(BigDecimal.valueOf(count), Precision.DIVISION));
        }
    }

    private static final class Max extends AcrossPartners {
        private BigDecimal max;

        @Override
        void add(Measurement measurement) {
            BigDecimal value = ((Quantity) measurement).value();
            max = max == null ? value : max.max(value);
        }

        @Override
        Actual result() {
            return max == null ? null : Actual.of(max);
        }
    }

    /** Σnumerator / Σdenominator: every partner's people weigh the same, whatever the partner's size. */
    private static final class PooledRatio extends AcrossPartners {
        private Ratio total;

        @Override
        void add(Measurement measurement) {
            Ratio ratio = (Ratio) measurement;
            total = total == null ? ratio : total.plus(ratio);
        }

        @Override
        Actual result() {
            return total == null ? null : Actual.of(total);
        }
    }
}
