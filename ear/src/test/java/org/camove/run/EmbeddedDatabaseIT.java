package org.camove.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The run command's database: utf8mb4, a password-protected camove user, and data that outlives a restart. */
class EmbeddedDatabaseIT {

    private static final int PORT = Integer.getInteger("camove.test.db.port", 3326) + 10;

    @Test
    void whatWasStoredIsThereAfterARestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("camove.test.db.dir")).getParent(), "restart-");
        try (var first = EmbeddedDatabase.start(dataDir.resolve("db"), PORT, "first-password")) {
            try (var c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedDatabase.USER, "first-password");
                 var s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(100))");
                s.execute("INSERT INTO note VALUES ('Мигранты в Бишкеке')");
            }
        }
        try (var second = EmbeddedDatabase.start(dataDir.resolve("db"), PORT, "first-password");
             var c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, "first-password");
             var rs = c.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Мигранты в Бишкеке");
            assertThatThrownBy(() -> DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, "wrong"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
