package org.camove.money;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Converts a partner's spend into the grant's currency by the grant's {@link ExchangeRatePolicy}. Pure: the
 * rates come in (a {@link RateTable}, the disbursements as {@link Funding}), the converted amounts with their
 * rates go out. FIFO needs the grant's whole spend to date, since earlier spend uses up earlier disbursements.
 */
public final class Conversion {

    private Conversion() {
    }

    /** Each spend converted by {@code policy}, in the order given (FIFO consumes funding in order of spend date). */
    public static List<Converted> convert(ExchangeRatePolicy policy, List<Spend> spends, List<Funding> funding,
                                          Currency grantCurrency, RateTable rates) {
        return switch (policy) {
            case MONTHLY -> spends.stream().map(s -> monthly(s, grantCurrency, rates)).toList();
            case FIFO -> fifo(spends, funding, grantCurrency, rates);
        };
    }

    /** At the rate of the month it was spent; rate 1 in the grant's own currency. */
    public static Converted monthly(Spend spend, Currency grantCurrency, RateTable rates) {
        return Converted.of(spend, List.of(atMonthsRate(spend.amount(), spend, grantCurrency, rates, RateBasis.MONTHLY)));
    }

    /**
     * First in, first out: each spend (taken in date order, ties in the order given) uses up what is left of the
     * earliest disbursements received in its currency, each part converted at that disbursement's rate; what
     * exceeds everything disbursed is converted at the month's rate and flagged ({@link RateBasis#BEYOND_DISBURSED}).
     * A disbursement received after the spend still funds it: money is fungible within the grant, and a partner
     * that pre-financed is reimbursed by the next tranche.
     */
    public static List<Converted> fifo(List<Spend> spends, List<Funding> funding, Currency grantCurrency, RateTable rates) {
        Map<Currency, Deque<Pool>> pools = new HashMap<>();
        funding.stream().sorted(Comparator.comparing(Funding::receivedOn))
                .forEach(f -> pools.computeIfAbsent(f.received().currency(), c -> new ArrayDeque<>()).add(new Pool(f)));
        Converted[] converted = new Converted[spends.size()];
        IntStream.range(0, spends.size()).boxed().sorted(Comparator.comparing(i -> spends.get(i).spentOn())).forEach(i -> {
            Spend spend = spends.get(i);
            converted[i] = fifo(spend, pools.getOrDefault(spend.amount().currency(), new ArrayDeque<>()), grantCurrency, rates);
        });
        return List.of(converted);
    }

    private static Converted fifo(Spend spend, Deque<Pool> pools, Currency grantCurrency, RateTable rates) {
        List<ConvertedPart> parts = new ArrayList<>();
        Money left = spend.amount();
        while (left.isPositive() && !pools.isEmpty()) {
            Pool pool = pools.peek();
            Money part = left.min(pool.left);
            parts.add(new ConvertedPart(part, part.convert(pool.funding.rateToGrant(), grantCurrency), pool.funding.rateToGrant(),
                    RateBasis.DISBURSEMENT, pool.funding.reference()));
            pool.left = pool.left.minus(part);
            left = left.minus(part);
            if (pool.left.isZero()) {
                pools.pop();
            }
        }
        if (!left.isZero() || parts.isEmpty()) {
            // beyond what was disbursed, or a refund (negative) that FIFO has no disbursement to give back to
            parts.add(atMonthsRate(left, spend, grantCurrency, rates, RateBasis.BEYOND_DISBURSED));
        }
        return Converted.of(spend, parts);
    }

    private static ConvertedPart atMonthsRate(Money amount, Spend spend, Currency grantCurrency, RateTable rates, RateBasis basis) {
        Rate rate = rates.rate(amount.currency(), grantCurrency, spend.month());
        boolean same = amount.currency().equals(grantCurrency);
        return new ConvertedPart(amount, amount.convert(rate.rate(), grantCurrency), rate.rate(),
                same && basis == RateBasis.MONTHLY ? RateBasis.SAME_CURRENCY : basis, rate.pair());
    }

    /** What is left of one disbursement. */
    private static final class Pool {
        private final Funding funding;
        private Money left;

        Pool(Funding funding) {
            this.funding = funding;
            this.left = funding.received();
        }
    }

    /** The sum of converted amounts, in the grant's currency. */
    public static Money total(Currency grantCurrency, List<Converted> converted) {
        return Money.sum(grantCurrency, converted.stream().map(Converted::converted).toList());
    }
}
