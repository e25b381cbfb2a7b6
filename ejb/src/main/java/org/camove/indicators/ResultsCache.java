package org.camove.indicators;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.StatusThresholds;
import org.camove.logframe.Indicator;

/**
 * Indicators' computed results, kept between requests: a dashboard, the IPTT and the API read the same
 * figures far more often than partners report new values. A result is kept for an indicator, the
 * programme's thresholds and a scope, with the indicator's version (definition, targets, cross-tab) and
 * values revision ({@link ReportedValueChanges}) it was computed at; both are read from the database with
 * the indicators by every request, so a change anywhere, by this server or another, makes the next request
 * compute afresh, and that result replaces the old one. {@link IndicatorResults} puts a result only once the
 * transaction that computed it committed. Results are immutable records, safe to share.
 * The least recently used go first once the results held reach {@link #CAPACITY} figures.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ResultsCache {

    /**
     * Figures (a quarter's actual and target, of the total or of one subtotal) held at most: ≈ 200–350 bytes
     * each (measured with the benchmark programme), so ≈ 50–85 MB. A whole-programme view of 120 indicators
     * broken down by Sex × Age over 20 quarters holds ≈ 43,000.
     */
    static final long CAPACITY = 250_000;

    /** Which result: the same indicator, thresholds and scope at another version is the same entry, replaced. */
    public record Key(long indicatorId, StatusThresholds thresholds, Scope scope) {
    }

    private record Entry(long version, long valuesRevision, IndicatorResult result, long figures) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final long capacity;
    private long figures;

    public ResultsCache() {
        this(CAPACITY);
    }

    ResultsCache(long capacity) {
        this.capacity = capacity;
    }

    public static Key key(Indicator indicator, StatusThresholds thresholds, Scope scope) {
        return new Key(indicator.getId(), thresholds, scope);
    }

    /** The result kept for the indicator at this version and values revision, or null. */
    public IndicatorResult get(Key key, long version, long valuesRevision) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            return entry != null && entry.version() == version && entry.valuesRevision() == valuesRevision
                    ? entry.result() : null;
        }
    }

    public void put(Key key, long version, long valuesRevision, IndicatorResult result) {
        long size = (long) result.periods().size()
                * (1 + result.subtotalsByOption().size() + result.subtotalsByCombination().size());
        synchronized (entries) {
            Entry replaced = entries.put(key, new Entry(version, valuesRevision, result, size));
            figures += size - (replaced == null ? 0 : replaced.figures());
            var eldest = entries.values().iterator();
            while (figures > capacity && eldest.hasNext()) {
                figures -= eldest.next().figures();
                eldest.remove();
            }
        }
    }

    /** Figures held now. */
    long figures() {
        synchronized (entries) {
            return figures;
        }
    }
}
