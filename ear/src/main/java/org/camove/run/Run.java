package org.camove.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs camove on this machine: the database (embedded MariaDB unless {@code CAMOVE_DB_URL} names
 * one), the provisioned WildFly with the EAR and the demo data, until Ctrl-C stops both.
 */
public final class Run {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path server = Path.of(property("camove.server.dir"));
        Path ear = Path.of(property("camove.ear"));
        Path dataDir = Path.of(property("camove.data.dir"));
        int httpPort = Integer.parseInt(env("CAMOVE_HTTP_PORT", "8080"));

        Map<String, String> serverEnv = new HashMap<>();
        serverEnv.put("CAMOVE_DEMO", env("CAMOVE_DEMO", "true"));
        EmbeddedDatabase database = null;
        if (System.getenv("CAMOVE_DB_URL") == null) {
            int dbPort = Integer.parseInt(env("CAMOVE_EMBEDDED_DB_PORT", "3316"));
            String password = localPassword(dataDir);
            System.out.println("camove: starting the embedded MariaDB (data in " + dataDir.resolve("mariadb") + ")");
            database = EmbeddedDatabase.start(dataDir.resolve("mariadb"), dbPort, password);
            serverEnv.put("CAMOVE_DB_URL", database.jdbcUrl());
            serverEnv.put("CAMOVE_DB_USER", EmbeddedDatabase.USER);
            serverEnv.put("CAMOVE_DB_PASSWORD", password);
        }

        deploy(ear, server);
        var builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(), "-Djboss.http.port=" + httpPort)
                .inheritIO();
        builder.environment().putAll(serverEnv);
        // lets standalone.sh pass Ctrl-C on to the server, which then shuts down cleanly
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        Process wildfly = builder.start();
        final EmbeddedDatabase started = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, started), "camove-shutdown"));
        // started by Maven in a JVM of its own: when Maven goes (Ctrl-C, kill), camove goes with it
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> System.exit(0)));

        String url = "http://localhost:" + httpPort + "/camove/";
        if (awaitFirstPage(URI.create(url + "login.xhtml"), wildfly)) {
            System.out.println(banner(url, "true".equals(serverEnv.get("CAMOVE_DEMO"))));
        } else {
            System.err.println("camove: the server did not serve its first page; see the log above.");
        }
        System.exit(wildfly.waitFor());
    }

    private static void deploy(Path ear, Path server) throws IOException {
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException(ear + " is missing: run the build first");
        }
        Path deployments = server.resolve("standalone/deployments");
        for (String marker : new String[] {".deployed", ".failed", ".undeployed", ".pending"}) {
            Files.deleteIfExists(deployments.resolve("camove.ear" + marker));
        }
        Files.copy(ear, deployments.resolve("camove.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The embedded database's password: made once per machine at random, kept beside its data. */
    private static String localPassword(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("db-password");
        if (!Files.exists(file)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, HexFormat.of().formatHex(random));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file).trim();
    }

    private static boolean awaitFirstPage(URI page, Process wildfly) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(STARTUP_LIMIT);
        while (wildfly.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                var response = client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    private static void stop(Process wildfly, EmbeddedDatabase database) {
        try {
            if (wildfly.isAlive()) {
                wildfly.destroy();
                if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                    wildfly.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (database != null) {
                database.close();
            }
        }
        System.out.println("camove: stopped.");
    }

    private static String banner(String url, boolean demo) {
        var text = new StringBuilder()
                .append("\n============================================================\n")
                .append(" camove is running at ").append(url).append('\n');
        if (demo) {
            text.append(" Demo users (password: camove-demo):\n")
                .append("   manager     programme manager\n")
                .append("   finance     finance reviewer\n")
                .append("   partner.kg  partner officer, Bishkek Migrant Support Centre\n")
                .append("   partner.tj  partner officer, Dushanbe Migrant Rights Bureau\n")
                .append("   donor       donor, Silk Road Rights Foundation\n")
                .append("   admin       administrator\n");
        }
        return text.append(" Press Ctrl-C to stop the server and the database.\n")
                .append("============================================================\n").toString();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; start camove with mvn -Prun verify");
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
