package org.camove.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where evidence files are kept: a directory outside the web root ({@code camove.evidence.dir}, by default
 * {@code camove/evidence} under the server's data directory), each file under a generated name, so that
 * nothing the uploader chose (a name, a path, an extension) reaches the file system or a URL.
 */
final class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());
    private static final String NAME = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A file received in full, under its generated name; {@code size} is -1 when it was larger than allowed. */
    record Kept(String storedName, long size, String sha256) {

        boolean tooBig() {
            return size < 0;
        }
    }

    private EvidenceStore() {
    }

    static Path directory() {
        String configured = System.getProperty("camove.evidence.dir");
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "camove", "evidence");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the evidence directory " + directory, e);
        }
    }

    /**
     * Copies the content to a new file, counting and hashing it on the way, and stops (deleting what it wrote)
     * once it is longer than {@code maxBytes}.
     */
    static Kept receive(InputStream content, long maxBytes) {
        String name = UUID.randomUUID().toString();
        Path file = directory().resolve(name);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = content.read(buffer)) >= 0; ) {
                    size += read;
                    if (size > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size > maxBytes) {
                delete(name);
                return new Kept(null, -1, null);
            }
            return new Kept(name, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            delete(name);
            throw new UncheckedIOException("Cannot store an evidence file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file kept under {@code storedName}; only names this store generates are resolved. */
    static Path file(String storedName) {
        if (storedName == null || !storedName.matches(NAME)) {
            throw new IllegalArgumentException("Not an evidence file name: " + storedName);
        }
        return directory().resolve(storedName);
    }

    static InputStream open(String storedName) throws IOException {
        return Files.newInputStream(file(storedName));
    }

    static void delete(String storedName) {
        try {
            Files.deleteIfExists(file(storedName));
        } catch (IOException e) {
            // a file left behind is harmless (nothing refers to it any more); say so for the administrator
            LOG.log(Level.WARNING, "Could not delete the evidence file " + storedName, e);
        }
    }
}
