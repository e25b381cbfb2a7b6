package org.camove.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.camove.run.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the tests' own MariaDB before the first test (before Arquillian starts WildFly, which
 * reads CAMOVE_DB_URL from the environment failsafe gives it) and stops it after the last.
 * Each run starts from an empty database. Skipped when CAMOVE_DB_URL names an external database.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        if (!Boolean.getBoolean("camove.test.db.embedded")) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("camove.test.db.dir"));
        deleteRecursively(dataDir);
        database = EmbeddedDatabase.start(dataDir, Integer.getInteger("camove.test.db.port"),
                System.getProperty("camove.test.db.password"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
