package org.camove.logframe;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.camove.shared.LocalizedText;

/**
 * One option of a disaggregation category (Female, 18–35, Returnee…), in its place among the category's
 * options. Its category is its aggregate root: options change only through {@link DisaggregationCategory}.
 */
@Entity
@Table(name = "category_option")
public class CategoryOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private DisaggregationCategory category;

    @Column(nullable = false, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected CategoryOption() {
        // for JPA
    }

    CategoryOption(DisaggregationCategory category, String code, LocalizedText name) {
        this.category = Objects.requireNonNull(category);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    void rename(String newCode, LocalizedText newName) {
        this.code = Objects.requireNonNull(newCode);
        this.name = Objects.requireNonNull(newName);
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    void activate(boolean offered) {
        this.active = offered;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    /** False once retired: kept for what was reported with it, no longer offered for new cross-tabs. */
    public boolean isActive() {
        return active;
    }
}
