package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark (mvn -Pbench, never plain verify): importing 100,000 figures of one partner for one period as JSON
 * over HTTP ({@code POST /api/v1/periods/…/partners/…/values}, as a programme manager, answered with what was saved:
 * counts and versions), against a raw JDBC batch insert of the same rows (values, their audit rows, their cells) in the
 * same run, in turns (an import, then a raw insert, ten times each). A figure is a total or a cell of its cross-tab:
 * indicators broken down by Sex × Age × Country × Migrant type (as many as 100,000 figures need), each a total and its
 * cells. Programme {@value #CODE}, generated once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValuesImportBench {

    static final String CODE = "IMPORT";
    static final int FIGURES = 100_000;
    private static final String[] CATEGORIES = {"SEX", "AGE", "COUNTRY", "MIGRANT_TYPE"};
    private static final int INDICATORS_AT_MOST = 2_000;
    private static final String PARTNER = "KZ-02";
    private static final Path TARGET = new File(System.getProperty("camove.ear")).toPath().getParent();
    private static final ApiClient MANAGER = ApiClient.as("manager", "camove-demo");
    private static final int WARM_UPS = 2;
    private static final int RUNS = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void importOfAHundredThousandFigures() throws Exception {
        try (Connection db = connect()) {
            List<String> keys = cellKeys(db);
            int indicators = (int) Math.ceil(FIGURES / (keys.size() + 1.0));
            assertThat(indicators).isLessThan(INDICATORS_AT_MOST);
            long period = ensure(db, indicators);
            long partner = single(db, "SELECT id FROM organisation WHERE code = '" + PARTNER + "'");
            List<Long> ids = ids(db, "SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id JOIN programme p "
                    + "ON p.id = r.programme_id WHERE p.code = '" + CODE + "' ORDER BY i.id");
            String json = json(ids, keys);
            int figures = ids.size() * (keys.size() + 1);
            BenchFigures.report(TARGET, "values import: " + ids.size() + " indicators × (1 total + " + keys.size() + " cells) = "
                    + figures + " figures, JSON " + json.length() / 1024 + " KB");

            String path = "v1/periods/" + period + "/partners/" + partner + "/values";
            var times = BenchFigures.alternately(WARM_UPS, RUNS, () -> clear(db, partner), () -> {
                var response = MANAGER.send("POST", path, json);
                assertThat(response.statusCode()).as(response.body().substring(0, Math.min(500, response.body().length()))).isEqualTo(200);
                return response;
            }, () -> rawInsert(db, ids, keys, partner));
            List<Double> api = times.get(0);
            List<Double> jdbc = times.get(1);

            clear(db, partner);
            long inserts = -BenchFigures.statements(db, "Com_insert");
            long questions = -BenchFigures.statements(db, "Questions");
            assertThat(MANAGER.send("POST", path, json).statusCode()).isEqualTo(200);
            inserts += BenchFigures.statements(db, "Com_insert");
            questions += BenchFigures.statements(db, "Questions");
            BenchFigures.report(TARGET, "one import sent " + inserts + " INSERT statements, " + questions + " statements in all");
            assertThat(single(db, "SELECT COUNT(*) FROM indicator_value_cell c JOIN indicator_value v ON v.id = c.value_id "
                    + "WHERE v.partner_id = " + partner + " AND v.year = 2026 AND v.quarter = 4")).isEqualTo((long) ids.size() * keys.size());
            assertThat(single(db, "SELECT COUNT(*) FROM indicator_value_change WHERE partner_id = " + partner
                    + " AND year = 2026 AND quarter = 4")).as("an audit row for each value, sent in several batches").isEqualTo(ids.size());
            clear(db, partner);

            double ratio = BenchFigures.percentile(api, 50) / BenchFigures.percentile(jdbc, 50);
            BenchFigures.report(TARGET, "values import of " + figures + " figures as JSON over HTTP: " + BenchFigures.summary(api));
            BenchFigures.report(TARGET, "raw JDBC batch insert of the same rows (" + ids.size() + " values, " + ids.size()
                    + " audit rows, " + ids.size() * keys.size() + " cells): " + BenchFigures.summary(jdbc));
            BenchFigures.report(TARGET, String.format(Locale.ROOT, "values import / raw JDBC (medians): %.2f×", ratio));
        }
    }

    /** The cells of a Sex × Age × Country × Migrant type cross-tab, keyed as camove keys them (categories in code order). */
    private static List<String> cellKeys(Connection db) throws SQLException {
        List<String> keys = new ArrayList<>(List.of(""));
        for (String category : java.util.stream.Stream.of(CATEGORIES).sorted().toList()) {
            List<String> longer = new ArrayList<>();
            List<String> options = strings(db, "SELECT o.code FROM category_option o JOIN disaggregation_category c ON c.id = o.category_id "
                    + "WHERE c.code = '" + category + "' ORDER BY o.code");
            for (String key : keys) {
                for (String option : options) {
                    longer.add((key.isEmpty() ? "" : key + ";") + category + "=" + option);
                }
            }
            keys = longer;
        }
        return keys;
    }

    /** The programme, its open 2026-Q4 and its indicators assigned to the partner; answers the period's id. */
    private static long ensure(Connection db, int indicators) throws SQLException {
        if (single(db, "SELECT COUNT(*) FROM programme WHERE code = '" + CODE + "'") == 0) {
            db.setAutoCommit(false);
            exec(db, "INSERT INTO programme (code, name_en, name_ru, start_date, end_date) VALUES ('" + CODE
                    + "', 'Import benchmark', 'Замер импорта', '2026-01-01', '2027-12-31')");
            long programme = single(db, "SELECT id FROM programme WHERE code = '" + CODE + "'");
            exec(db, "INSERT INTO programme_participant (programme_id, organisation_id) SELECT " + programme
                    + ", id FROM organisation WHERE code = '" + PARTNER + "' OR kind = 'LEAD_AGENCY'");
            exec(db, "INSERT INTO logframe_level (programme_id, depth, name_en, name_ru) VALUES (" + programme + ", 1, 'Goal', 'Цель')");
            exec(db, "INSERT INTO result (programme_id, parent_id, depth, code, position, statement_en, statement_ru) VALUES ("
                    + programme + ", NULL, 1, 'G', 1, 'Import goal', 'Цель замера')");
            long goal = single(db, "SELECT id FROM result WHERE programme_id = " + programme);
            StringBuilder rows = new StringBuilder("INSERT INTO indicator (result_id, code, position, name_en, name_ru, unit_en, "
                    + "measure_type, time_aggregation, partner_aggregation) VALUES ");
            for (int i = 1; i <= indicators; i++) {
                rows.append(i == 1 ? "" : ",").append("(").append(goal).append(", 'M").append(i).append("', ").append(i)
                        .append(", 'Migrants served ").append(i).append("', 'Мигранты ").append(i).append("', 'people', 'NUMBER', 'SUM', 'SUM')");
            }
            exec(db, rows.toString());
            String own = "SELECT i.id FROM indicator i WHERE i.result_id = " + goal;
            exec(db, "INSERT INTO indicator_partner (indicator_id, organisation_id) SELECT i.id, o.id FROM indicator i, organisation o "
                    + "WHERE i.result_id = " + goal + " AND o.code = '" + PARTNER + "'");
            int position = 1;
            for (String category : CATEGORIES) {
                exec(db, "INSERT INTO indicator_category (indicator_id, category_id, position) SELECT i.id, c.id, " + position++
                        + " FROM (" + own + ") i, disaggregation_category c WHERE c.code = '" + category + "'");
            }
            exec(db, "INSERT INTO reporting_period (programme_id, year, quarter, opens_on, due_on, grace_days, state) VALUES ("
                    + programme + ", 2026, 4, '2027-01-01', '2027-01-31', 10, 'OPEN')");
            db.commit();
            db.setAutoCommit(true);
        }
        return single(db, "SELECT rp.id FROM reporting_period rp JOIN programme p ON p.id = rp.programme_id WHERE p.code = '"
                + CODE + "' AND rp.year = 2026 AND rp.quarter = 4");
    }

    private static String json(List<Long> ids, List<String> keys) {
        var random = new Random(20261201L);
        var json = new StringBuilder(8 * 1024 * 1024).append("{\"values\": [");
        for (int i = 0; i < ids.size(); i++) {
            StringBuilder cells = new StringBuilder();
            long total = 0;
            for (int k = 0; k < keys.size(); k++) {
                int figure = random.nextInt(50);
                total += figure;
                cells.append(k == 0 ? "" : ",").append('"').append(keys.get(k)).append("\":{\"value\":").append(figure).append('}');
            }
            json.append(i == 0 ? "" : ",").append("{\"indicatorId\":").append(ids.get(i)).append(",\"value\":").append(total)
                    .append(",\"fullyDisaggregated\":true,\"cells\":{").append(cells).append("}}");
        }
        return json.append("]}").toString();
    }

    /**
     * The same rows as the import writes, with JDBC batches: values (ids generated) with the same totals, their audit
     * rows with the same text (the audit trail describes every cell, as {@code ValueRules.Reading.describe} does), their
     * cells with the same figures (the JSON's, from the same seed).
     */
    private static Object rawInsert(Connection db, List<Long> ids, List<String> keys, long partner) throws SQLException {
        var random = new Random(20261201L);
        List<int[]> figures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int[] cells = new int[keys.size()];
            for (int k = 0; k < cells.length; k++) {
                cells[k] = random.nextInt(50);
            }
            figures.add(cells);
        }
        db.setAutoCommit(false);
        List<Long> valueIds = new ArrayList<>();
        try (PreparedStatement values = db.prepareStatement("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, "
                + "approval_state, value, fully_disaggregated, entered_by, entered_on_behalf, changed_by, changed_at, version) "
                + "VALUES (?, ?, 2026, 4, 'PENDING', ?, TRUE, 'manager', TRUE, 'manager', NOW(), 1)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement audit = db.prepareStatement("INSERT INTO indicator_value_change (indicator_id, partner_id, year, quarter, "
                     + "approval_state, old_value, new_value, on_behalf, changed_by, changed_at) VALUES (?, ?, 2026, 4, 'PENDING', NULL, ?, TRUE, 'manager', NOW())");
             PreparedStatement cells = db.prepareStatement("INSERT INTO indicator_value_cell (value_id, option_key, value) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                int total = java.util.stream.IntStream.of(figures.get(i)).sum();
                var described = new java.util.TreeMap<String, Integer>();
                for (int k = 0; k < keys.size(); k++) {
                    described.put(keys.get(k), figures.get(i)[k]);
                }
                values.setLong(1, ids.get(i));
                values.setLong(2, partner);
                values.setLong(3, total);
                values.addBatch();
                audit.setLong(1, ids.get(i));
                audit.setLong(2, partner);
                audit.setString(3, total + " cells{" + described.entrySet().stream().map(c -> c.getKey() + ":" + c.getValue())
                        .collect(java.util.stream.Collectors.joining(" ")) + "}");
                audit.addBatch();
            }
            values.executeBatch();
            try (var generated = values.getGeneratedKeys()) {
                while (generated.next()) {
                    valueIds.add(generated.getLong(1));
                }
            }
            audit.executeBatch();
            for (int i = 0; i < valueIds.size(); i++) {
                for (int k = 0; k < keys.size(); k++) {
                    cells.setLong(1, valueIds.get(i));
                    cells.setString(2, keys.get(k));
                    cells.setLong(3, figures.get(i)[k]);
                    cells.addBatch();
                }
            }
            cells.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        assertThat(valueIds).hasSameSizeAs(ids);
        return valueIds.size();
    }

    private static void clear(Connection db, long partner) throws SQLException {
        exec(db, "DELETE FROM indicator_value WHERE partner_id = " + partner + " AND year = 2026 AND quarter = 4");
        exec(db, "DELETE FROM indicator_value_change WHERE partner_id = " + partner + " AND year = 2026 AND quarter = 4");
        exec(db, "DELETE FROM report_submission WHERE partner_id = " + partner + " AND reporting_period_id IN "
                + "(SELECT rp.id FROM reporting_period rp JOIN programme p ON p.id = rp.programme_id WHERE p.code = '" + CODE + "')");
    }

    /** As the server's datasource connects (config/cli/datasource.cli): batches rewritten into multi-row INSERTs. */
    private static Connection connect() throws SQLException {
        String url = System.getProperty("camove.test.db.url");
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                System.getProperty("camove.test.db.user"), System.getProperty("camove.test.db.password"));
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        return ids(db, sql).get(0);
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        return column(db, sql).stream().map(Long::valueOf).toList();
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        return column(db, sql);
    }

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> column = new ArrayList<>();
        try (Statement s = db.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                column.add(rs.getString(1));
            }
        }
        return column;
    }
}
