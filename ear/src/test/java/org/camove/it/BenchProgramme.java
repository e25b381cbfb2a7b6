package org.camove.it;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.camove.indicators.ReportedValueChanges;

/**
 * Benchmark only: fills the database with a programme the size the issue asks to measure, code
 * {@value #CODE}: the demo's 25 partners × {@value #INDICATORS} indicators × {@value #QUARTERS} quarters
 * (2021-Q1..2025-Q4, so every quarter is "to date"), people-counting and percentage indicators broken down
 * by Sex × Age (12 cells a value): 90% of the indicators, every one that is not a milestone or a text. The mix follows the demo: sums, running totals (now and then lowered),
 * levels, maxima, averages, percentages, milestones and scored qualitative answers; programme targets for
 * every quarter and partner targets for some indicators; about 4% of quarters skipped, a few totals without
 * a full breakdown, the last quarter mostly pending and some approved values with a pending revision.
 * Seeded, so every run builds the same data. Written with multi-row INSERTs, about a million rows.
 */
final class BenchProgramme {

    static final String CODE = "BENCH";
    static final int INDICATORS = 120;
    static final int QUARTERS = 20;
    static final int FIRST_YEAR = 2021;

    private static final long SEED = 20261123L;
    private static final String[] SEX = {"F", "M", "O"};
    private static final String[] AGE = {"0-17", "18-35", "36-59", "60+"};

    private final Connection connection;
    private final Random random = new Random(SEED);

    private BenchProgramme(Connection connection) {
        this.connection = connection;
    }

    /** Builds the programme unless it is there already; answers the milliseconds it took (0 when it was there). */
    static long ensure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM programme WHERE code = '" + CODE + "'")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                return 0;
            }
        }
        long start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            new BenchProgramme(connection).generate();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private enum Kind {
        SUM_COUNT("NUMBER", "SUM", "SUM", true),
        RUNNING_COUNT("NUMBER", "CUMULATIVE", "SUM", true),
        LEVEL("NUMBER", "LATEST", "AVERAGE", true),
        PEAK("NUMBER", "MAX", "MAX", true),
        MEAN("NUMBER", "AVERAGE", "AVERAGE", true),
        SHARE("PERCENTAGE", "LATEST", "POOLED", true),
        MILESTONE("YES_NO", "LATEST", "MAX", false),
        SCORE("QUALITATIVE", "LATEST", "MAX", false);

        final String measure;
        final String overTime;
        final String acrossPartners;
        final boolean disaggregated;

        Kind(String measure, String overTime, String acrossPartners, boolean disaggregated) {
            this.measure = measure;
            this.overTime = overTime;
            this.acrossPartners = acrossPartners;
            this.disaggregated = disaggregated;
        }

        /** 30% sums, 25% running totals, 5% each level/peak/mean, 20% percentages, 5% milestones, 5% scores. */
        static Kind of(int indicator) {
            int slot = indicator % 20;
            return slot < 6 ? SUM_COUNT : slot < 11 ? RUNNING_COUNT : slot == 11 ? LEVEL : slot == 12 ? PEAK
                    : slot == 13 ? MEAN : slot < 18 ? SHARE : slot == 18 ? MILESTONE : SCORE;
        }
    }

    private void generate() throws SQLException {
        long programme = next("programme");
        exec("INSERT INTO programme (id, code, name_en, name_ru, start_date, end_date) VALUES (" + programme + ", '" + CODE
                + "', 'Benchmark programme', 'Программа для замеров', '" + FIRST_YEAR + "-01-01', '"
                + (FIRST_YEAR + QUARTERS / 4 - 1) + "-12-31')");
        List<Long> partners = ids("SELECT id FROM organisation WHERE kind = 'PARTNER' ORDER BY code");
        exec("INSERT INTO programme_participant (programme_id, organisation_id) SELECT " + programme
                + ", id FROM organisation WHERE kind IN ('PARTNER', 'LEAD_AGENCY')");
        exec("INSERT INTO logframe_level (programme_id, depth, name_en, name_ru) VALUES (" + programme
                + ", 1, 'Goal', 'Цель'), (" + programme + ", 2, 'Outcome', 'Итоговый результат'), (" + programme
                + ", 3, 'Output', 'Промежуточный результат')");
        List<Long> results = logframe(programme);
        long sex = single("SELECT id FROM disaggregation_category WHERE code = 'SEX'");
        long age = single("SELECT id FROM disaggregation_category WHERE code = 'AGE'");

        long firstIndicator = next("indicator");
        var indicators = new Rows("INSERT INTO indicator (id, result_id, code, position, name_en, name_ru, unit_en, "
                + "measure_type, time_aggregation, partner_aggregation, baseline_value, lop_target, score_min, score_max) VALUES ");
        var categories = new Rows("INSERT INTO indicator_category (indicator_id, category_id, position) VALUES ");
        var targets = new Rows("INSERT INTO indicator_target (indicator_id, partner_id, year, quarter, target) VALUES ");
        var values = new Rows("INSERT INTO indicator_value (id, indicator_id, partner_id, year, quarter, approval_state, "
                + "value, numerator, denominator, text_value, score, fully_disaggregated) VALUES ");
        var cells = new Rows("INSERT INTO indicator_value_cell (value_id, option_key, value, numerator, denominator) VALUES ", values);
        int[] perQuarter = new int[INDICATORS];
        for (int i = 0; i < INDICATORS; i++) {
            Kind kind = Kind.of(i);
            perQuarter[i] = 20 + random.nextInt(400);
            indicators.add(firstIndicator + i, results.get(i % results.size()), "I" + (i + 1), i / results.size() + 1,
                    "Benchmark indicator " + (i + 1) + " (" + kind + ")", "Показатель для замеров " + (i + 1), "people",
                    kind.measure, kind.overTime, kind.acrossPartners, kind == Kind.SHARE ? 20 : 0,
                    lifeOfProgrammeTarget(kind, perQuarter[i], partners.size()),
                    kind == Kind.SCORE ? 1 : null, kind == Kind.SCORE ? 5 : null);
        }
        indicators.flush();
        long valueId = next("indicator_value");
        for (int i = 0; i < INDICATORS; i++) {
            long indicator = firstIndicator + i;
            Kind kind = Kind.of(i);
            BigDecimal lop = lifeOfProgrammeTarget(kind, perQuarter[i], partners.size());
            if (kind.disaggregated) {
                categories.add(indicator, sex, 1).add(indicator, age, 2);
            }
            for (int q = 0; q < QUARTERS; q++) {
                targets.add(indicator, null, year(q), quarter(q), quarterTarget(kind, lop, q));
            }
            boolean partnerTargets = i % 10 == 3;
            for (long partner : partners) {
                if (partnerTargets) {
                    for (int q = 0; q < QUARTERS; q++) {
                        targets.add(indicator, partner, year(q), quarter(q),
                                quarterTarget(kind, lop.divide(BigDecimal.valueOf(partners.size()), 0, RoundingMode.HALF_UP), q));
                    }
                }
                long running = 0;
                for (int q = 0; q < QUARTERS; q++) {
                    if (random.nextInt(100) < 4) {
                        continue; // a skipped quarter
                    }
                    long amount = perQuarter[i] / 2 + random.nextInt(perQuarter[i]);
                    if (kind == Kind.RUNNING_COUNT) {
                        running = random.nextInt(200) == 0 ? Math.max(0, running - amount / 3) : running + amount;
                        amount = running;
                    }
                    boolean lastQuarter = q == QUARTERS - 1;
                    String state = lastQuarter && random.nextInt(10) < 7 ? "PENDING" : "APPROVED";
                    valueId = value(values, cells, valueId, kind, indicator, partner, q, state, amount);
                    if (state.equals("APPROVED") && random.nextInt(100) < 2) {
                        // a revision under review beside the approved figure
                        valueId = value(values, cells, valueId, kind, indicator, partner, q, "PENDING", amount + 1 + amount / 10);
                    }
                }
            }
        }
        categories.flush();
        targets.flush();
        values.flush();
        cells.flush();
        exec(ReportedValueChanges.update("SELECT id FROM (SELECT id FROM indicator WHERE id >= " + firstIndicator + ") x"));
    }

    /** One goal, four outcomes, six outputs each; answers the results indicators hang from. */
    private List<Long> logframe(long programme) throws SQLException {
        long id = next("result");
        var rows = new Rows("INSERT INTO result (id, programme_id, parent_id, depth, code, position, statement_en, statement_ru) VALUES ");
        List<Long> all = new ArrayList<>();
        long goal = id++;
        rows.add(goal, programme, null, 1, "G", 1, "Benchmark goal", "Цель для замеров");
        all.add(goal);
        for (int o = 1; o <= 4; o++) {
            long outcome = id++;
            rows.add(outcome, programme, goal, 2, "" + o, o, "Benchmark outcome " + o, "Итоговый результат " + o);
            all.add(outcome);
            for (int p = 1; p <= 6; p++) {
                long output = id++;
                rows.add(output, programme, outcome, 3, o + "." + p, p, "Benchmark output " + o + "." + p,
                        "Промежуточный результат " + o + "." + p);
                all.add(output);
            }
        }
        rows.flush();
        return all;
    }

    private long value(Rows values, Rows cells, long id, Kind kind, long indicator, long partner, int q, String state,
                       long amount) throws SQLException {
        boolean full = kind.disaggregated && random.nextInt(50) != 0;
        switch (kind) {
            case SHARE -> {
                long denominator = Math.max(1, amount);
                long numerator = denominator * (30 + random.nextInt(60)) / 100;
                values.add(id, indicator, partner, year(q), quarter(q), state, null, numerator, denominator, null, null, full);
                if (full) {
                    long[] num = split(numerator);
                    long[] den = split(denominator - numerator);
                    for (int c = 0; c < num.length; c++) {
                        cells.add(id, cellKey(c), null, num[c], num[c] + den[c]);
                    }
                }
            }
            case MILESTONE -> values.add(id, indicator, partner, year(q), quarter(q), state, q > 8 ? 1 : 0, null, null, null, null, false);
            case SCORE -> values.add(id, indicator, partner, year(q), quarter(q), state, null, null, null,
                    "Progress noted in quarter " + (q + 1) + "; prose as partners write it.", 1 + random.nextInt(5), false);
            default -> {
                values.add(id, indicator, partner, year(q), quarter(q), state, amount, null, null, null, null, full);
                if (full) {
                    long[] parts = split(amount);
                    for (int c = 0; c < parts.length; c++) {
                        cells.add(id, cellKey(c), parts[c], null, null);
                    }
                }
            }
        }
        return id + 1;
    }

    /** A total spread over the 12 Sex × Age cells, adding up exactly. */
    private long[] split(long total) {
        long[] parts = new long[SEX.length * AGE.length];
        for (long unit = 0, left = total; left > 0; unit++) {
            long chunk = Math.min(left, 1 + total / 24);
            parts[random.nextInt(parts.length)] += chunk;
            left -= chunk;
        }
        return parts;
    }

    /** "AGE=18-35;SEX=F": categories sorted by code, as camove stores cells. */
    private static String cellKey(int cell) {
        return "AGE=" + AGE[cell % AGE.length] + ";SEX=" + SEX[cell / AGE.length];
    }

    private static BigDecimal lifeOfProgrammeTarget(Kind kind, int perQuarter, int partners) {
        return BigDecimal.valueOf(switch (kind) {
            case SUM_COUNT -> (long) perQuarter * partners * QUARTERS;
            case RUNNING_COUNT -> (long) perQuarter * QUARTERS * partners;
            case LEVEL, PEAK, MEAN -> perQuarter;
            case SHARE -> 60;
            case MILESTONE -> 1;
            case SCORE -> 4;
        });
    }

    /** A quarter's target: a share of a sum, the running target of a running total, the level otherwise. */
    private static BigDecimal quarterTarget(Kind kind, BigDecimal lop, int q) {
        return switch (kind) {
            case SUM_COUNT -> lop.divide(BigDecimal.valueOf(QUARTERS), 0, RoundingMode.HALF_UP);
            case RUNNING_COUNT -> lop.multiply(BigDecimal.valueOf(q + 1)).divide(BigDecimal.valueOf(QUARTERS), 0, RoundingMode.HALF_UP);
            default -> lop;
        };
    }

    private static int year(int q) {
        return FIRST_YEAR + q / 4;
    }

    private static int quarter(int q) {
        return q % 4 + 1;
    }

    private long next(String table) throws SQLException {
        return single("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    }

    private long single(String sql) throws SQLException {
        return ids(sql).get(0);
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Rows of one table, sent a thousand to a statement. Values are the generator's own: numbers and plain text. */
    private final class Rows {
        private final String insert;
        private final StringBuilder sql = new StringBuilder();
        private int count;

        private final Rows before;

        Rows(String insert) {
            this(insert, null);
        }

        /** Rows that refer to rows of another table: that table's rows go first. */
        Rows(String insert, Rows before) {
            this.insert = insert;
            this.before = before;
        }

        Rows add(Object... values) throws SQLException {
            sql.append(count == 0 ? insert : ",").append('(');
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                sql.append(i == 0 ? "" : ",").append(v == null ? "NULL" : v instanceof String s ? "'" + s.replace("'", "''") + "'"
                        : v instanceof Boolean b ? (b ? "TRUE" : "FALSE") : v.toString());
            }
            sql.append(')');
            if (++count == 1000) {
                flush();
            }
            return this;
        }

        void flush() throws SQLException {
            if (before != null) {
                before.flush();
            }
            if (count > 0) {
                exec(sql.toString());
                sql.setLength(0);
                count = 0;
            }
        }
    }
}
