package org.camove.indicators;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.StatusThresholds;
import org.camove.logframe.Indicator;
import org.camove.logframe.Programme;

/**
 * Indicators' computed results, kept between requests: a dashboard, the IPTT and the API read the same
 * figures far more often than partners report new values. An entry is found only under the indicator's
 * current version (definition, targets, cross-tab), values revision ({@link ReportedValueChanges}), the
 * programme's thresholds and the exact scope, all read from the database by each request, so a change
 * anywhere, by this server or another, makes the next request compute afresh; stale entries simply age
 * out. Results are immutable records, safe to share between requests. The least recently used entries
 * go first when the cache is full.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ResultsCache {

    /** A whole-programme view of 120 disaggregated indicators over 20 quarters holds ≈ 12 MB of results. */
    static final int CAPACITY = 2_000;

    /** What an indicator's result depends on. */
    public record Key(long indicatorId, long version, long valuesRevision, StatusThresholds thresholds, Scope scope) {

        static Key of(Indicator indicator, StatusThresholds thresholds, Scope scope) {
            return new Key(indicator.getId(), indicator.getVersion(), indicator.getValuesRevision(), thresholds, scope);
        }
    }

    private final Map<Key, IndicatorResult> results = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, IndicatorResult> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Per programme: the indicators' ids and values revisions, and the last quarter with approved values they had. */
    private final Map<Long, Map.Entry<List<Long>, Optional<Quarter>>> latestApproved = new ConcurrentHashMap<>();

    /**
     * The programme's last quarter with approved values, read again only when a value of one of its indicators
     * (all of them, as the programme has them) changed since it was last read.
     */
    public Optional<Quarter> latestApprovedQuarter(Programme programme, List<Indicator> indicators,
                                                   Supplier<Optional<Quarter>> read) {
        List<Long> revisions = indicators.stream()
                .flatMap(indicator -> Stream.of(indicator.getId(), indicator.getValuesRevision())).toList();
        var known = latestApproved.get(programme.getId());
        if (known != null && known.getKey().equals(revisions)) {
            return known.getValue();
        }
        Optional<Quarter> latest = read.get();
        latestApproved.put(programme.getId(), Map.entry(revisions, latest));
        return latest;
    }

    public IndicatorResult get(Key key) {
        synchronized (results) {
            return results.get(key);
        }
    }

    public void put(Key key, IndicatorResult result) {
        synchronized (results) {
            results.put(key, result);
        }
    }
}
