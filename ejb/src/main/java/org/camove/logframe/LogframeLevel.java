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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;

/** The name of one level of a programme's logframe (depth 1 is the top, e.g. "Goal"). */
@Entity
@Table(name = "logframe_level")
@NamedQuery(name = LogframeLevel.OF_PROGRAMME,
        query = "SELECT l FROM LogframeLevel l WHERE l.programme = :programme ORDER BY l.depth")
public class LogframeLevel {

    static final String OF_PROGRAMME = "LogframeLevel.ofProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false)
    private int depth;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected LogframeLevel() {
        // for JPA
    }

    public LogframeLevel(Programme programme, int depth, LocalizedText name) {
        if (depth < 1) {
            throw new IllegalArgumentException("Logframe levels start at depth 1");
        }
        this.programme = Objects.requireNonNull(programme);
        this.depth = depth;
        this.name = Objects.requireNonNull(name);
    }

    public int getDepth() {
        return depth;
    }

    public LocalizedText getName() {
        return name;
    }

    public void rename(LocalizedText newName, LastChange change) {
        this.name = Objects.requireNonNull(newName);
        this.lastChange = change;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
