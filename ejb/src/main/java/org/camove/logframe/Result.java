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

/** A node of the logframe: a goal, outcome, output or activity, with its code (e.g. 1.2) and statement. */
@Entity
@Table(name = "result")
@NamedQuery(name = Result.OF_PROGRAMME,
        query = "SELECT r FROM Result r WHERE r.programme = :programme ORDER BY r.depth, r.position")
public class Result {

    static final String OF_PROGRAMME = "Result.ofProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Result parent;

    /** Read without loading the parent, to assemble the tree from one query. */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "statement_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "statement_ru"))
    })
    private LocalizedText statement;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "assumptions_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "assumptions_ru"))
    })
    private LocalizedText assumptions;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "risks_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "risks_ru"))
    })
    private LocalizedText risks;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected Result() {
        // for JPA
    }

    /** A top-level result (the goal). */
    public static Result top(Programme programme, String code, LocalizedText statement) {
        return new Result(programme, null, 1, code, 1, statement);
    }

    /** A result under this one, at the next level, in the given place among its siblings. */
    public Result addChild(String code, int position, LocalizedText statement) {
        return new Result(programme, this, depth + 1, code, position, statement);
    }

    private Result(Programme programme, Result parent, int depth, String code, int position, LocalizedText statement) {
        this.programme = Objects.requireNonNull(programme);
        this.parent = parent;
        this.depth = depth;
        this.code = Objects.requireNonNull(code);
        this.position = position;
        this.statement = Objects.requireNonNull(statement);
    }

    public void stateAssumptions(LocalizedText assumptions) {
        this.assumptions = assumptions;
    }

    public void stateRisks(LocalizedText risks) {
        this.risks = risks;
    }

    /** New wording of what the result is, what it assumes and what may stop it. */
    public void restate(LocalizedText statement, LocalizedText assumptions, LocalizedText risks, LastChange change) {
        this.statement = Objects.requireNonNull(statement);
        this.assumptions = assumptions;
        this.risks = risks;
        this.lastChange = change;
    }

    /** Its place in the tree, decided by {@link LogframeTree}: under whom, at what level, in which place. */
    void place(Result newParent, int newDepth, int newPosition, LastChange change) {
        if (newParent != parent || newDepth != depth || newPosition != position) {
            this.parent = newParent;
            this.parentId = newParent == null ? null : newParent.getId();
            this.depth = newDepth;
            this.position = newPosition;
            this.lastChange = change;
        }
    }

    /** A new code, decided by {@link LogframeTree} when the tree changes shape. */
    void renumber(String newCode, LastChange change) {
        this.code = Objects.requireNonNull(newCode);
        this.lastChange = change;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Long getParentId() {
        return parentId;
    }

    public Result getParent() {
        return parent;
    }

    public int getDepth() {
        return depth;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getStatement() {
        return statement;
    }

    public LocalizedText getAssumptions() {
        return assumptions;
    }

    public LocalizedText getRisks() {
        return risks;
    }

    public long getVersion() {
        return version;
    }

    /** Who changed it last and when; null for results nobody has edited in camove. */
    public LastChange getLastChange() {
        return lastChange;
    }
}
