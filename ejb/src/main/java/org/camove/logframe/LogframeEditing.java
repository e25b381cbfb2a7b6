package org.camove.logframe;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camove.indicators.aggregation.StatusThresholds;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;

/**
 * How programme managers maintain a logframe: results (add, reword, move, delete), the programme's levels
 * and its on-track thresholds. The rules live on {@link LogframeTree} and the entities; this service loads,
 * locks and saves.
 * <p>
 * Every change names the programme and begins by locking its row, so changes to one logframe are made
 * one after the other and each sees the others' saves. Every change hands back the version its author
 * saw; a newer one refuses it with an {@link EditConflict} naming who saved in between.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
public class LogframeEditing {

    /** Longest name of a level, as the table keeps it. */
    public static final int LEVEL_NAME_LENGTH = 100;
    private static final BigDecimal MOST_PERCENT = BigDecimal.valueOf(1000);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    // ---- reading, for edit forms -------------------------------------------------------------------

    public Optional<ResultDraft> result(String programmeCode, long resultId) {
        return programme(programmeCode, LockModeType.NONE).flatMap(p -> resultOf(p, resultId))
                .map(r -> new ResultDraft(r.getId(), r.getVersion(), r.getCode(), r.getDepth(), ResultText.of(r)));
    }
    /** The results a result may be moved under: not itself nor one below it, and deep enough levels left. */
    public List<ResultChoice> moveTargets(String programmeCode, long resultId, Locale locale) {
        var programme = programme(programmeCode, LockModeType.NONE).orElseThrow(() -> noSuchProgramme(programmeCode));
        var tree = tree(programme);
        var moving = tree.find(resultId).orElseThrow(LogframeEditing::resultGone);
        var choices = new ArrayList<ResultChoice>();
        for (var candidate : tree.all()) {
            if (candidate.getId() != null && tree.canMove(moving, candidate)) {
                choices.add(new ResultChoice(candidate.getId(), candidate.getCode(), candidate.getStatement().in(locale)));
            }
        }
        return choices;
    }

    public Optional<ProgrammeSettings> settings(String programmeCode, Locale locale) {
        return programme(programmeCode, LockModeType.NONE).map(p -> {
            Map<Integer, Long> resultsAtDepth = em.createNamedQuery(Result.OF_PROGRAMME, Result.class)
                    .setParameter("programme", p).getResultStream().collect(groupingBy(Result::getDepth, counting()));
            var levels = levels(p).stream().map(l -> new ProgrammeSettings.Level(l.getDepth(), l.getVersion(),
                    l.getName().en(), l.getName().ru(), resultsAtDepth.getOrDefault(l.getDepth(), 0L))).toList();
            var thresholds = p.getThresholds();
            return new ProgrammeSettings(p.getCode(), p.getName().in(locale), p.getVersion(), thresholds.green(),
                    thresholds.amber(), levels);
        });
    }

    // ---- results -----------------------------------------------------------------------------------

    /** Adds a result under {@code parentId} (at the next level), or at the top when it is null; answers its id. */
    public long addResult(String programmeCode, Long parentId, ResultText text) {
        text.check();
        var programme = lock(programmeCode);
        var tree = tree(programme);
        var parent = parentId == null ? null : tree.find(parentId).orElseThrow(LogframeEditing::resultGone);
        var change = change();
        var result = tree.add(parent, text.statement());
        result.restate(text.statement(), text.assumptions(), text.risks(), change);
        em.persist(result);
        tree.renumber(change, () -> flush(programme));
        return result.getId();
    }

    public void editResult(String programmeCode, long resultId, long seenVersion, ResultText text) {
        text.check();
        var result = seen(lock(programmeCode), resultId, seenVersion);
        result.restate(text.statement(), text.assumptions(), text.risks(), change());
    }

    /** Moves a result, with all under it, to the end of {@code newParentId}'s results, or to the top when null. */
    public void moveResult(String programmeCode, long resultId, long seenVersion, Long newParentId) {
        var programme = lock(programmeCode);
        var tree = tree(programme);
        var result = seen(programme, resultId, seenVersion);
        var newParent = newParentId == null ? null : tree.find(newParentId).orElseThrow(LogframeEditing::resultGone);
        tree.move(result, newParent);
        tree.renumber(change(), () -> flush(programme));
    }

    public void moveUp(String programmeCode, long resultId, long seenVersion) {
        shift(programmeCode, resultId, seenVersion, -1);
    }

    public void moveDown(String programmeCode, long resultId, long seenVersion) {
        shift(programmeCode, resultId, seenVersion, +1);
    }

    private void shift(String programmeCode, long resultId, long seenVersion, int step) {
        var programme = lock(programmeCode);
        var tree = tree(programme);
        tree.shift(seen(programme, resultId, seenVersion), step);
        tree.renumber(change(), () -> flush(programme));
    }

    /**
     * Deletes a result, the results under it and their indicators (with their targets and categories).
     * Refused when any of those indicators has reported values: they are evidence donors audit.
     */
    public void deleteResult(String programmeCode, long resultId, long seenVersion) {
        var programme = lock(programmeCode);
        var tree = tree(programme);
        var result = seen(programme, resultId, seenVersion);
        var removal = tree.subtree(result);
        refuseIfReported(result, removal.indicators());
        removal.indicators().forEach(em::remove);
        flush(programme);
        int depth = -1;
        for (var r : removal.deepestFirst()) {
            if (r.getDepth() != depth) {
                // a parent row can go only once its children have
                flush(programme);
                depth = r.getDepth();
            }
            em.remove(r);
        }
        flush(programme);
        tree.detach(result);
        tree.renumber(change(), () -> flush(programme));
    }

    private void refuseIfReported(Result result, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        var query = em.createNativeQuery("SELECT i.code, COUNT(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                + "WHERE v.indicator_id IN (" + placeholders(indicators.size()) + ") GROUP BY i.id, i.code ORDER BY i.code");
        for (int k = 0; k < indicators.size(); k++) {
            query.setParameter(k + 1, indicators.get(k).getId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counts = query.getResultList();
        if (!counts.isEmpty()) {
            long total = counts.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
            String which = counts.stream().map(row -> row[0] + " (" + row[1] + ")").collect(Collectors.joining(", "));
            throw InvalidInput.of(null, "logframe.deleteHasValues", result.getCode(), which, total);
        }
    }

    private static String placeholders(int count) {
        var marks = new ArrayList<String>();
        for (int k = 1; k <= count; k++) {
            marks.add("?" + k);
        }
        return String.join(", ", marks);
    }

    // ---- levels and thresholds ---------------------------------------------------------------------

    public void renameLevel(String programmeCode, int depth, long seenVersion, String nameEn, String nameRu) {
        var name = levelName(nameEn, nameRu);
        var programme = lock(programmeCode);
        var level = levels(programme).stream().filter(l -> l.getDepth() == depth).findFirst()
                .orElseThrow(() -> InvalidInput.of(null, "levels.gone", depth));
        if (level.getVersion() != seenVersion) {
            throw conflict("conflict.level", level.getName(), level.getLastChange());
        }
        level.rename(name, change());
    }

    /** Adds a level below the deepest one. */
    public void addLevel(String programmeCode, long seenProgrammeVersion, String nameEn, String nameRu) {
        var name = levelName(nameEn, nameRu);
        var programme = seen(lock(programmeCode), seenProgrammeVersion);
        em.persist(new LogframeLevel(programme, levels(programme).size() + 1, name));
        programme.changedBy(change());
    }

    /** Removes the deepest level, when no result is at it and it is not the only one. */
    public void removeDeepestLevel(String programmeCode, long seenProgrammeVersion) {
        var programme = seen(lock(programmeCode), seenProgrammeVersion);
        var levels = levels(programme);
        var deepest = levels.get(levels.size() - 1);
        if (levels.size() == 1) {
            throw InvalidInput.of(null, "levels.lastOne", deepest.getName());
        }
        long used = em.createQuery("SELECT COUNT(r) FROM Result r WHERE r.programme = :programme AND r.depth = :depth", Long.class)
                .setParameter("programme", programme).setParameter("depth", deepest.getDepth()).getSingleResult();
        if (used > 0) {
            throw InvalidInput.of(null, "levels.inUse", deepest.getName(), used);
        }
        em.remove(deepest);
        programme.changedBy(change());
    }

    /** Sets the on-track thresholds, in % of target to date: green at or above, amber at or above, red below. */
    public void setThresholds(String programmeCode, long seenProgrammeVersion, BigDecimal green, BigDecimal amber) {
        var violations = new ArrayList<Violation>();
        checkPercent("green", green, violations);
        checkPercent("amber", amber, violations);
        if (violations.isEmpty() && amber.compareTo(green) > 0) {
            violations.add(new Violation("amber", "thresholds.amberAboveGreen", List.of(amber, green)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        var programme = seen(lock(programmeCode), seenProgrammeVersion);
        programme.judgeProgressBy(new StatusThresholds(green, amber));
        programme.changedBy(change());
    }

    private static void checkPercent(String field, BigDecimal percent, List<Violation> violations) {
        if (percent == null) {
            violations.add(new Violation(field, "thresholds.required", List.of()));
        } else if (percent.signum() < 0 || percent.compareTo(MOST_PERCENT) > 0) {
            violations.add(new Violation(field, "thresholds.range", List.of(0, MOST_PERCENT)));
        } else if (percent.stripTrailingZeros().scale() > 1) {
            violations.add(new Violation(field, "thresholds.oneDecimal", List.of()));
        }
    }

    private static LocalizedText levelName(String en, String ru) {
        var violations = new ArrayList<Violation>();
        if (en == null || en.isBlank()) {
            violations.add(new Violation("nameEn", "levels.nameRequired", List.of()));
        }
        for (var field : List.of(new String[] {"nameEn", en}, new String[] {"nameRu", ru})) {
            if (field[1] != null && field[1].strip().length() > LEVEL_NAME_LENGTH) {
                violations.add(new Violation(field[0], "logframe.tooLong", List.of(LEVEL_NAME_LENGTH, field[1].strip().length())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return LocalizedText.of(en.strip(), ru == null || ru.isBlank() ? null : ru.strip());
    }

    // ---- loading, locking, versions ----------------------------------------------------------------

    /** The programme, its row locked for this transaction; the first read of every change (see the class doc). */
    private Programme lock(String programmeCode) {
        return programme(programmeCode, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> noSuchProgramme(programmeCode));
    }

    private Optional<Programme> programme(String programmeCode, LockModeType lock) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", programmeCode)
                .setLockMode(lock).getResultStream().findFirst();
    }

    private LogframeTree tree(Programme programme) {
        return new LogframeTree(programme, levels(programme).size(),
                em.createNamedQuery(Result.OF_PROGRAMME, Result.class).setParameter("programme", programme).getResultList(),
                em.createNamedQuery(Indicator.OF_PROGRAMME, Indicator.class).setParameter("programme", programme).getResultList());
    }

    private List<LogframeLevel> levels(Programme programme) {
        return em.createNamedQuery(LogframeLevel.OF_PROGRAMME, LogframeLevel.class)
                .setParameter("programme", programme).getResultList();
    }

    private Optional<Result> resultOf(Programme programme, long resultId) {
        return Optional.ofNullable(em.find(Result.class, resultId)).filter(r -> r.getProgramme().getId().equals(programme.getId()));
    }

    /** The result, if it is still there and still as its editor saw it. */
    private Result seen(Programme programme, long resultId, long seenVersion) {
        var result = resultOf(programme, resultId).orElseThrow(LogframeEditing::resultGone);
        if (result.getVersion() != seenVersion) {
            throw conflict("conflict.result", result.getCode(), result.getLastChange());
        }
        return result;
    }

    private Programme seen(Programme programme, long seenVersion) {
        if (programme.getVersion() != seenVersion) {
            throw conflict("conflict.programme", programme.getName(), programme.getLastChange());
        }
        return programme;
    }

    private EditConflict conflict(String subjectKey, Object subject, LastChange last) {
        return EditConflict.against(em, subjectKey, subject, last);
    }

    private LastChange change() {
        return LastChange.now(caller.getCallerPrincipal().getName());
    }

    /** Writes what is pending; a row someone else changed meanwhile (outside this lock) is a conflict. */
    private void flush(Programme programme) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("conflict.programme", List.of(programme.getName()), null, null);
        }
    }

    private static InvalidInput resultGone() {
        return InvalidInput.of(null, "logframe.resultGone");
    }

    private static InvalidInput noSuchProgramme(String code) {
        return InvalidInput.of(null, "logframe.noSuchProgramme", code);
    }
}
