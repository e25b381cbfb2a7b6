package org.camove.narrative;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.camove.shared.InvalidInput;

/**
 * The upload rules of every file a partner attaches (a package's evidence, a financial report's receipts), in one
 * place: at most {@link EvidenceFiles#maxFiles()} files per thing they are attached to, each at most
 * {@link EvidenceFiles#maxBytes()}, not empty, and of an allowed type that its name agrees with ({@link EvidenceTypes});
 * kept in the {@link EvidenceStore} outside the web root, and removed again unless the caller's transaction commits.
 * The callers' beans carry the roles and decide who may attach to what; this one trusts them.
 */
@Stateless
@PermitAll
public class EvidenceUploads {

    /** A file accepted and stored: the uploader's name for it (without any path), where it is kept, its size, hash and type. */
    public record Accepted(String name, String storedName, long size, String sha256, String mediaType) {
    }

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Stores the file if the rules let it in, {@code attached} being how many files its owner has already.
     *
     * @throws InvalidInput (field {@code file}) when the owner is full, or the file is empty, too big or not an allowed type
     */
    public Accepted accept(String fileName, InputStream content, long attached) {
        String name = safeName(fileName);
        if (attached >= EvidenceFiles.maxFiles()) {
            throw InvalidInput.of("file", "evidence.tooMany", attached);
        }
        long maxBytes = EvidenceFiles.maxBytes();
        var kept = EvidenceStore.receive(content, maxBytes);
        if (kept.tooBig()) {
            throw InvalidInput.of("file", "evidence.tooBig", name, Math.max(1, maxBytes / (1024 * 1024)));
        }
        // from here the stored file goes with the transaction: removed unless the row is committed
        afterCompletion(committed -> {
            if (!committed) {
                EvidenceStore.delete(kept.storedName());
            }
        });
        if (kept.size() == 0) {
            throw InvalidInput.of("file", "evidence.empty", name);
        }
        try (var in = new BufferedInputStream(EvidenceStore.open(kept.storedName()))) {
            return new Accepted(name, kept.storedName(), kept.size(), kept.sha256(), EvidenceTypes.detect(in, name).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the stored bytes once the caller's transaction (which removes their row) is committed. */
    public void deleteOnCommit(String storedName) {
        afterCompletion(committed -> {
            if (committed) {
                EvidenceStore.delete(storedName);
            }
        });
    }

    /** The name without any path a browser may send (old browsers send C:\...\name), at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw InvalidInput.of("file", "evidence.type.notAllowed", "?");
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private void afterCompletion(Consumer<Boolean> then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
