package org.camove.indicators.aggregation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the unit of the reporting calendar, written as in reports: {@code 2026-Q3}.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + quarter);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
    }

    public static Quarter of(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    /** Reads the written form, e.g. {@code 2026-Q3}. */
    public static Quarter parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = WRITTEN.matcher(text.toString().trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a quarter (expected e.g. 2026-Q3): " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter numbered by {@link #periodIndex()}. */
    public static Quarter ofPeriodIndex(int index) {
        return new Quarter(index / 4, index % 4 + 1);
    }

    /** Quarters numbered consecutively (year * 4 + quarter - 1), as in the database's period_index columns. */
    public int periodIndex() {
        return year * 4 + quarter - 1;
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return String.format("%04d-Q%d", year, quarter);
    }
}
