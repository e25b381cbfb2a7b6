package org.camove.logframe;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.camove.shared.LocalizedText;

/** Reference data: a way to break a figure down (Sex, Age group, Country…), as an administrator keeps it. */
@Entity
@Table(name = "disaggregation_category")
@NamedQuery(name = DisaggregationCategory.ALL,
        query = "SELECT c FROM DisaggregationCategory c ORDER BY c.position, c.code")
public class DisaggregationCategory {

    static final String ALL = "DisaggregationCategory.all";

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Column(nullable = false)
    private int position;

    protected DisaggregationCategory() {
        // for JPA; categories are created by migrations and administrators, not here
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
}
