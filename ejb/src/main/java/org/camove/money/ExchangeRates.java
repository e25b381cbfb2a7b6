package org.camove.money;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * The monthly rate table, kept by finance reviewers (and administrators): a CSV import, all or none, and single
 * edits that hand back the version their author saw. Programme managers read it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER})
public class ExchangeRates {

    /** A rate as the table shows it, with what an edit must hand back. */
    public record Row(long id, Rate rate, String source, long version, LastChange lastChange) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /**
     * Takes every rate of the file (see {@link ExchangeRateCsv} for its form), all or none: a rate that is already
     * in the table for its pair and month is replaced. Answers how many rates were taken.
     */
    public int importCsv(String csv, String source) {
        String kept = source(source);
        var rates = ExchangeRateCsv.parse(csv);
        var change = LastChange.now(caller.getCallerPrincipal().getName());
        for (Rate rate : rates) {
            find(rate, LockModeType.PESSIMISTIC_WRITE).ifPresentOrElse(r -> r.change(rate.rate(), kept, change),
                    () -> em.persist(new ExchangeRate(rate, kept, change)));
        }
        return rates.size();
    }

    /**
     * Sets one rate (refused field by field: month, from, to, rate). {@code seenVersion} is null for a rate that was
     * not in the table when its author looked; a rate saved meanwhile by someone else refuses it with a conflict.
     */
    public long set(String month, String from, String to, String rate, String source, Long seenVersion) {
        var parsed = RateInput.parse(month, from, to, rate);
        String kept = source(source);
        var change = LastChange.now(caller.getCallerPrincipal().getName());
        var existing = find(parsed, LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent() ? seenVersion == null || existing.get().getVersion() != seenVersion : seenVersion != null) {
            throw EditConflict.against(em, "conflict.rate", parsed.pair(), existing.map(ExchangeRate::getLastChange).orElse(null));
        }
        var saved = existing.orElseGet(() -> new ExchangeRate(parsed, kept, change));
        if (existing.isPresent()) {
            saved.change(parsed.rate(), kept, change);
        } else {
            em.persist(saved);
        }
        em.flush();
        return saved.getId();
    }

    /** The rates of a month, by pair. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER, Role.Names.PROGRAMME_MANAGER})
    public List<Row> month(YearMonth month) {
        return em.createNamedQuery(ExchangeRate.OF_MONTH, ExchangeRate.class).setParameter("month", month.atDay(1))
                .getResultStream().map(r -> new Row(r.getId(), r.asRate(), r.getSource(), r.getVersion(), r.getLastChange())).toList();
    }

    /** The one rate of a pair and month, or a refusal naming it. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER, Role.Names.PROGRAMME_MANAGER})
    public Rate rate(Currency from, Currency to, YearMonth month) {
        return table(to, month, month).rate(from, to, month);
    }

    /** Every rate into {@code to} for the months from {@code first} to {@code last}, read in one query. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
    public RateTable table(Currency to, YearMonth first, YearMonth last) {
        return new RateTable(em.createNamedQuery(ExchangeRate.TO_CURRENCY, ExchangeRate.class)
                .setParameter("to", to.getCurrencyCode()).setParameter("first", first.atDay(1)).setParameter("last", last.atDay(1))
                .getResultStream().map(ExchangeRate::asRate).toList());
    }

    private Optional<ExchangeRate> find(Rate rate, LockModeType lock) {
        return em.createNamedQuery(ExchangeRate.OF_PAIR_AND_MONTH, ExchangeRate.class)
                .setParameter("from", rate.from().getCurrencyCode()).setParameter("to", rate.to().getCurrencyCode())
                .setParameter("month", rate.month().atDay(1)).setLockMode(lock).getResultStream().findFirst();
    }

    private static String source(String source) {
        String kept = source == null ? "" : source.strip();
        if (kept.isEmpty()) {
            throw InvalidInput.of("source", "rate.source.required");
        }
        if (kept.length() > ExchangeRate.SOURCE_LENGTH) {
            throw InvalidInput.of("source", "logframe.tooLong", ExchangeRate.SOURCE_LENGTH, kept.length());
        }
        return kept;
    }
}
