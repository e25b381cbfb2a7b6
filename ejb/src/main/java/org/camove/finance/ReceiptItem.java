package org.camove.finance;

import java.io.Serializable;
import java.time.Instant;

/** A receipt as a report's page and the API list it. */
public record ReceiptItem(long id, String name, String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt)
        implements Serializable {
}
