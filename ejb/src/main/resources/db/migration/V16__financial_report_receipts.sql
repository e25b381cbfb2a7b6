-- camove schema, version 16: the receipts attached to a financial report, with the upload rules of evidence files
-- (allowed types, size and count limits); the bytes are kept outside the web root under stored_name.

CREATE TABLE financial_report_receipt (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    financial_report_id BIGINT        NOT NULL,
    original_name       VARCHAR(255)  NOT NULL,
    stored_name         VARCHAR(64)   NOT NULL,
    media_type          VARCHAR(120)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    uploaded_by         VARCHAR(100)  NOT NULL,
    uploaded_at         TIMESTAMP     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_financial_report_receipt_stored UNIQUE (stored_name),
    CONSTRAINT fk_financial_report_receipt FOREIGN KEY (financial_report_id) REFERENCES financial_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
