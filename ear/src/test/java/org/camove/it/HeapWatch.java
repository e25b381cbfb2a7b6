package org.camove.it;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * Benchmark only: the heap a piece of work keeps alive, read in the JVM that does it. Every collection
 * reports the heap in use after it; the largest of those while the work runs is what the work held on to
 * (plus what was live before), however much short-lived garbage it made. Standard JMX only.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";
    private static final long MB = 1024 * 1024;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxUsedAfterGc = new AtomicLong();
    private long gcCountAtStart;
    private long gcMillisAtStart;

    /** Collects, notes the live heap and starts listening. */
    static HeapWatch start() {
        var watch = new HeapWatch();
        ManagementFactory.getGarbageCollectorMXBeans()
                .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(watch, null, null));
        watch.reset();
        return watch;
    }

    /** A full collection, then counting afresh from the heap live now. */
    void reset() {
        System.gc();
        maxUsedAfterGc.set(liveAfterGcNow());
        gcCountAtStart = gcCount();
        gcMillisAtStart = gcMillis();
    }

    long maxLiveMb() {
        return maxUsedAfterGc.get() / MB;
    }

    long collections() {
        return gcCount() - gcCountAtStart;
    }

    long collectionMillis() {
        return gcMillis() - gcMillisAtStart;
    }

    static long heapMaxMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MB;
    }

    /** Live heap after a full collection, in MB. */
    static long liveMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GC_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = (CompositeData) ((CompositeData) notification.getUserData()).get("gcInfo");
        long used = 0;
        for (Object row : ((TabularData) info.get("memoryUsageAfterGc")).values()) {
            var entry = (CompositeData) row;
            if (heapPools.contains((String) entry.get("key"))) {
                used += (Long) ((CompositeData) entry.get("value")).get("used");
            }
        }
        maxUsedAfterGc.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to remove
            }
        }
    }

    private static long liveAfterGcNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
