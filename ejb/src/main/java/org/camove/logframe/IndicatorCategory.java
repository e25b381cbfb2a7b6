package org.camove.logframe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One category of an indicator's cross-tab and its place in it (Sex first, Age group second…). */
@Entity
@Table(name = "indicator_category")
@IdClass(IndicatorCategory.Key.class)
public class IndicatorCategory {

    /** The table's key: indicator and category (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long indicator;
        private Long category;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(indicator, other.indicator)
                    && Objects.equals(category, other.category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicator, category);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Id
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id")
    private DisaggregationCategory category;

    @Column(nullable = false)
    private int position;

    protected IndicatorCategory() {
        // for JPA
    }

    IndicatorCategory(Indicator indicator, DisaggregationCategory category, int position) {
        this.indicator = Objects.requireNonNull(indicator);
        this.category = Objects.requireNonNull(category);
        this.position = position;
    }

    public DisaggregationCategory getCategory() {
        return category;
    }

    public int getPosition() {
        return position;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }
}
