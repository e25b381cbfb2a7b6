package org.camove.logframe;

import static java.util.stream.Collectors.groupingBy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camove.security.Role;
import org.camove.shared.LocalizedText;

/**
 * Reads programmes and their logframes. A logframe is read in three queries (levels, results,
 * indicators) whatever its size, and assembled into a tree in memory.
 * Donors are not given the logframe here: they see only what was issued to them.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class LogframeService {

    @PersistenceContext
    private EntityManager em;

    public List<ProgrammeSummary> programmes(Locale locale) {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultStream()
                .map(p -> ProgrammeSummary.of(p, locale)).toList();
    }

    public Optional<LogframeView> logframe(String programmeCode, Locale locale) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class)
                .setParameter("code", programmeCode)
                .getResultStream()
                .findFirst()
                .map(programme -> logframe(programme, em.createNamedQuery(Indicator.OF_PROGRAMME, Indicator.class)
                        .setParameter("programme", programme).getResultList(), locale));
    }

    /** The programme's logframe with its indicators as the caller read them (e.g. to compute their results too). */
    public LogframeView logframe(Programme programme, List<Indicator> indicators, Locale locale) {
        Map<Integer, LocalizedText> levels = em.createNamedQuery(LogframeLevel.OF_PROGRAMME, LogframeLevel.class)
                .setParameter("programme", programme).getResultStream()
                .collect(Collectors.toMap(LogframeLevel::getDepth, LogframeLevel::getName));
        List<Result> results = em.createNamedQuery(Result.OF_PROGRAMME, Result.class)
                .setParameter("programme", programme).getResultList();
        Map<Long, List<Indicator>> indicatorsByResult = indicators.stream().collect(groupingBy(Indicator::getResultId));
        Map<Long, List<Result>> childrenByParent = results.stream()
                .filter(r -> r.getParentId() != null)
                .collect(groupingBy(Result::getParentId));

        var numbers = NumberFormat.getNumberInstance(locale);
        // baselines and targets are stored with four decimals; show every one that is there
        numbers.setMaximumFractionDigits(4);
        Function<Result, LogframeView.Node> toNode = new Function<>() {
            @Override
            public LogframeView.Node apply(Result r) {
                var level = levels.get(r.getDepth());
                return new LogframeView.Node(r.getId(), r.getVersion(), r.getDepth(), r.getCode(),
                        level == null ? "" : level.in(locale),
                        r.getStatement().in(locale),
                        r.getAssumptions() == null ? null : r.getAssumptions().in(locale),
                        indicatorsByResult.getOrDefault(r.getId(), List.of()).stream()
                                .map(i -> line(i, locale, numbers)).toList(),
                        childrenByParent.getOrDefault(r.getId(), List.of()).stream().map(this).toList());
            }
        };
        var roots = results.stream().filter(r -> r.getParentId() == null).map(toNode).toList();
        return new LogframeView(programme.getCode(), programme.getName().in(locale), roots);
    }

    private static LogframeView.IndicatorLine line(Indicator i, Locale locale, NumberFormat numbers) {
        return new LogframeView.IndicatorLine(i.getId(), i.getCode(), i.getName().in(locale),
                i.getUnit() == null ? "" : i.getUnit().in(locale), i.getMeasureType(), i.getTimeAggregation(),
                format(i.getBaseline(), numbers), format(i.getLifeOfProgrammeTarget(), numbers));
    }

    private static String format(BigDecimal value, NumberFormat numbers) {
        return value == null ? "" : numbers.format(Objects.requireNonNull(value).stripTrailingZeros());
    }
}
