package org.camove.logframe;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.util.Objects;
import org.camove.indicators.aggregation.StatusThresholds;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;

/** A programme with a logframe, a start and an end; its quarters are its reporting calendar. */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.ALL, query = "SELECT p FROM Programme p ORDER BY p.startDate, p.code")
@NamedQuery(name = Programme.BY_CODE, query = "SELECT p FROM Programme p WHERE p.code = :code")
public class Programme {

    public static final String ALL = "Programme.all";
    public static final String BY_CODE = "Programme.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** On-track thresholds, % of target to date: green at or above, amber at or above, red below. */
    @Column(name = "green_threshold", nullable = false, precision = 5, scale = 1)
    private BigDecimal greenThreshold = StatusThresholds.DEFAULT.green();

    @Column(name = "amber_threshold", nullable = false, precision = 5, scale = 1)
    private BigDecimal amberThreshold = StatusThresholds.DEFAULT.amber();

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected Programme() {
        // for JPA
    }

    public Programme(String code, LocalizedText name, LocalDate startDate, LocalDate endDate) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        if (!endDate.isAfter(startDate)) {
            throw new IllegalArgumentException("A programme must end after it starts");
        }
        this.startDate = startDate;
        this.endDate = endDate;
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public long getVersion() {
        return version;
    }

    public StatusThresholds getThresholds() {
        return new StatusThresholds(greenThreshold, amberThreshold);
    }

    public void judgeProgressBy(StatusThresholds thresholds) {
        this.greenThreshold = thresholds.green();
        this.amberThreshold = thresholds.amber();
    }

    /** Records who changed the programme's settings (thresholds, levels); its version then moves on. */
    public void changedBy(LastChange change) {
        this.lastChange = Objects.requireNonNull(change);
    }

    public LastChange getLastChange() {
        return lastChange;
    }

    /** Renames the programme; the version check refuses a rename based on a stale copy. */
    public void rename(LocalizedText newName) {
        this.name = Objects.requireNonNull(newName);
    }
}
