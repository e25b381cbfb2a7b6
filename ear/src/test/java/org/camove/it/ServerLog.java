package org.camove.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only, from outside the server: what the tests' WildFly wrote to its server.log since a mark, for client tests
 * to check that a refused attempt was logged (in-server tests use {@link CapturedLog}).
 */
final class ServerLog {

    private static final Path FILE = Path.of(System.getProperty("camove.test.evidence.dir"))
            .resolve("../../../log/server.log").normalize();

    private final long mark;

    private ServerLog(long mark) {
        this.mark = mark;
    }

    static ServerLog mark() {
        try {
            return new ServerLog(Files.size(FILE));
        } catch (IOException e) {
            throw new IllegalStateException(FILE.toString(), e);
        }
    }

    /** What was written since the mark. */
    String since() {
        try (var file = new RandomAccessFile(FILE.toFile(), "r")) {
            byte[] written = new byte[(int) Math.max(0, file.length() - mark)];
            file.seek(mark);
            file.readFully(written);
            return new String(written, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(FILE.toString(), e);
        }
    }
}
