package org.camove.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Test-only, inside the server: what one class logs while it is open (e.g. {@code PackageAccess} logging a refused
 * attempt on another partner's package), for a test to check that the attempt was logged.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
        logger.addHandler(this);
    }

    /** Captures what {@code source} logs from now until {@link #close()}. */
    static CapturedLog of(Class<?> source) {
        return new CapturedLog(source);
    }

    /** The messages logged so far, oldest first. */
    List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
