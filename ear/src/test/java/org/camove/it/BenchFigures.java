package org.camove.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * Benchmark only: timings of repeated runs (median, 95th percentile) and the report every benchmark adds
 * its lines to, {@code ear/target/bench/results.md}, printed as it goes.
 */
final class BenchFigures {

    private BenchFigures() {
    }

    /** Milliseconds of each of {@code runs} calls, after {@code warmUps} calls not counted. */
    static List<Double> time(int warmUps, int runs, Callable<?> work) throws Exception {
        return time(warmUps, runs, () -> { }, work);
    }

    /** As {@link #time(int, int, Callable)}, with {@code first} done before each call and not timed. */
    static List<Double> time(int warmUps, int runs, Step first, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            first.run();
            work.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            first.run();
            long start = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    /**
     * Times two kinds of work that are compared, in turns (warm-ups of both first, then one of each per run, each after
     * {@code first}), so that whatever else the machine does meanwhile weighs on both alike; answers the times of each.
     */
    static List<List<Double>> alternately(int warmUps, int runs, Step first, Callable<?> one, Callable<?> other) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            first.run();
            one.call();
            first.run();
            other.call();
        }
        List<Double> ones = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ones.addAll(time(0, 1, first, one));
            others.addAll(time(0, 1, first, other));
        }
        return List.of(ones, others);
    }

    /** Nearest-rank percentile, e.g. 50 or 95. */
    static double percentile(List<Double> millis, int percent) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String summary(List<Double> millis) {
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d runs)",
                percentile(millis, 50), percentile(millis, 95), Collections.min(millis), Collections.max(millis), millis.size());
    }

    /** Statements the database has received from every client so far (MariaDB/MySQL status counters). */
    static long statements(Connection connection, String counter) throws SQLException {
        try (var s = connection.createStatement();
             var rs = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + counter + "'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /** A step of a benchmark that is not itself timed or counted, e.g. changing data before a request. */
    interface Step {
        void run() throws Exception;
    }

    /** The first column of the query's one row. */
    static long single(Connection connection, String sql) throws SQLException {
        try (var s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tests' database, as the build named it to the server. */
    static Connection database() throws SQLException {
        var login = new Properties();
        login.setProperty("user", System.getenv("CAMOVE_DB_USER"));
        login.setProperty("password", System.getenv("CAMOVE_DB_PASSWORD"));
        return DriverManager.getConnection(System.getenv("CAMOVE_DB_URL"), login);
    }

    /** Prints a line of the report and adds it to the file under the build's target folder. */
    static void report(Path targetDir, String line) {
        line = java.time.LocalDateTime.now().withNano(0) + " " + line;
        System.out.println("BENCH | " + line);
        try {
            Path file = targetDir.resolve("bench").resolve("results.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
