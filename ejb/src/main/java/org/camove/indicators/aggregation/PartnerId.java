package org.camove.indicators.aggregation;

/** The identifier of a partner organisation (its {@code organisation.id}), kept apart from plain numbers. */
public record PartnerId(long value) implements Comparable<PartnerId> {

    public static PartnerId of(long value) {
        return new PartnerId(value);
    }

    @Override
    public int compareTo(PartnerId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "partner " + value;
    }
}
