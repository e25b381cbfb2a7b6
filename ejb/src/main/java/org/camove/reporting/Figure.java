package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures of a reported value or of one cell of its cross-tab: a number (counts, milestones 0/1), or a
 * numerator and denominator (percentages, never stored as a percentage). Columns value, numerator and
 * denominator, the same in indicator_value and indicator_value_cell.
 */
@Embeddable
public class Figure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "value", precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "numerator", precision = 19, scale = 4)
    private BigDecimal numerator;

    @Column(name = "denominator", precision = 19, scale = 4)
    private BigDecimal denominator;

    protected Figure() {
        // for JPA
    }

    private Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Figure number(BigDecimal value) {
        return new Figure(value, null, null);
    }

    public static Figure ratio(BigDecimal numerator, BigDecimal denominator) {
        return new Figure(null, numerator, denominator);
    }

    public static Figure none() {
        return new Figure(null, null, null);
    }

    /** The figures of a row read by SQL (the columns value, numerator, denominator). */
    static Figure of(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        return new Figure(value, numerator, denominator);
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    /** As the audit trail keeps it: "120", "45/60" or "" (no figures). */
    @Override
    public String toString() {
        if (numerator != null || denominator != null) {
            return plain(numerator) + "/" + plain(denominator);
        }
        return plain(value);
    }

    // 12.5000 and 12.5 are the same figure: DECIMAL(19,4) hands back the scale it stores
    @Override
    public boolean equals(Object other) {
        return other instanceof Figure f && same(value, f.value) && same(numerator, f.numerator)
                && same(denominator, f.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plain(value), plain(numerator), plain(denominator));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
