package org.camove.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;
import org.camove.shared.LastChange;

/**
 * The rate of one currency pair for one month as finance recorded it, with its source (e.g. the national bank)
 * and who set it last. Editing it changes only conversions made afterwards: converted amounts keep their rates.
 */
@Entity
@Table(name = "exchange_rate")
@NamedQuery(name = ExchangeRate.OF_PAIR_AND_MONTH, query = "SELECT r FROM ExchangeRate r WHERE r.fromCurrency = :from "
        + "AND r.toCurrency = :to AND r.month = :month")
@NamedQuery(name = ExchangeRate.TO_CURRENCY, query = "SELECT r FROM ExchangeRate r WHERE r.toCurrency = :to "
        + "AND r.month BETWEEN :first AND :last")
@NamedQuery(name = ExchangeRate.OF_MONTH, query = "SELECT r FROM ExchangeRate r WHERE r.month = :month "
        + "ORDER BY r.fromCurrency, r.toCurrency")
public class ExchangeRate {

    public static final String OF_PAIR_AND_MONTH = "ExchangeRate.ofPairAndMonth";
    public static final String TO_CURRENCY = "ExchangeRate.toCurrency";
    public static final String OF_MONTH = "ExchangeRate.ofMonth";
    public static final int SOURCE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_currency", nullable = false, length = 3)
    private String fromCurrency;

    @Column(name = "to_currency", nullable = false, length = 3)
    private String toCurrency;

    /** The first day of the month: EclipseLink 4 does not map YearMonth. */
    @Column(name = "rate_month", nullable = false)
    private LocalDate month;

    @Column(nullable = false, precision = 19, scale = Rate.SCALE)
    private BigDecimal rate;

    @Column(length = SOURCE_LENGTH)
    private String source;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected ExchangeRate() {
        // for JPA
    }

    public ExchangeRate(Rate rate, String source, LastChange change) {
        this.fromCurrency = rate.from().getCurrencyCode();
        this.toCurrency = rate.to().getCurrencyCode();
        this.month = rate.month().atDay(1);
        change(rate.rate(), source, change);
    }

    public void change(BigDecimal newRate, String newSource, LastChange change) {
        this.rate = newRate.setScale(Rate.SCALE, Money.ROUNDING);
        this.source = newSource;
        this.lastChange = Objects.requireNonNull(change);
    }

    public Rate asRate() {
        return new Rate(Currency.getInstance(fromCurrency), Currency.getInstance(toCurrency), YearMonth.from(month), rate);
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
