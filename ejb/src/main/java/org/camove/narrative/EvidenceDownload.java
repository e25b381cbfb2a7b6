package org.camove.narrative;

import java.io.IOException;
import java.io.InputStream;

/** An evidence file to send to someone allowed to see its package: its uploader's name, its type and its bytes. */
public record EvidenceDownload(String name, String mediaType, long size, String storedName) {

    public InputStream open() throws IOException {
        return EvidenceStore.open(storedName);
    }
}
