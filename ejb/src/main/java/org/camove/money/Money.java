package org.camove.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An amount in a currency, always rounded to the currency's own minor units (two for KGS, TJS, KZT, RUB, USD,
 * EUR and CHF). Rounding is HALF_UP everywhere, as accountants and donors' spreadsheets round, so that a figure
 * camove shows is the figure a reviewer recomputes by hand; it happens in one place ({@link #of}). Arithmetic
 * refuses to mix currencies: a conversion is always explicit, with its rate.
 * <p>
 * Mapped as two columns (amount DECIMAL(19,2), currency CHAR(3)); entities name them with
 * {@code @AttributeOverride}s. The currency is kept as its ISO code because EclipseLink 4 maps an embeddable's
 * basic String column without a converter, which keeps the mapping plain.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;
    /** HALF_UP: what accountants expect of a displayed figure; used for every rounding of money. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount.setScale(currency.getDefaultFractionDigits(), ROUNDING);
        this.currency = currency.getCurrencyCode();
    }

    /** The amount rounded to the currency's minor units, HALF_UP. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(currency, "currency"));
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money plus(Money other) {
        return of(amount.add(same(other).amount), currency());
    }

    public Money minus(Money other) {
        return of(amount.subtract(same(other).amount), currency());
    }

    /** This amount times a factor (a quantity, a share), rounded once. */
    public Money times(BigDecimal factor) {
        return of(amount.multiply(factor), currency());
    }

    /** This amount shared over {@code divisor} units (e.g. spend per person reached), rounded once; the divisor is above zero. */
    public Money dividedBy(BigDecimal divisor) {
        if (divisor.signum() <= 0) {
            throw new IllegalArgumentException("Money is divided only by a positive number, not " + divisor);
        }
        return of(amount.divide(divisor, currency().getDefaultFractionDigits(), ROUNDING), currency());
    }

    /** This amount in another currency at {@code rate} (units of {@code to} per unit of this currency), rounded once. */
    public Money convert(BigDecimal rate, Currency to) {
        return of(amount.multiply(rate), to);
    }

    public Money negate() {
        return of(amount.negate(), currency());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The sum of amounts in one currency; zero in {@code currency} when there are none. */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /**
     * This amount split in proportion to {@code weights} (e.g. donors' percentages), so that the shares add up to
     * this amount to the minor unit: each share is rounded down, and the units left over go one by one to the
     * shares with the largest remainders (ties to the earlier share). A negative amount splits as its negation does.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0)
                || weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero: " + weights);
        }
        if (isNegative()) {
            return negate().allocate(weights).stream().map(Money::negate).toList();
        }
        int digits = currency().getDefaultFractionDigits();
        BigDecimal units = amount.movePointRight(digits);
        BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal weight : weights) {
            BigDecimal[] division = units.multiply(weight).divideAndRemainder(totalWeight);
            floors.add(division[0]);
            remainders.add(division[1]);
        }
        int left = units.subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).intValueExact();
        IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
                .limit(left)
                .forEach(i -> floors.set(i, floors.get(i).add(BigDecimal.ONE)));
        return floors.stream().map(u -> of(u.movePointLeft(digits), currency())).toList();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + this + " and " + other + ": convert one first");
        }
        return other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    /** "USD 1234.50": the code and the plain amount, as a log or a test reads it; pages format it themselves. */
    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
