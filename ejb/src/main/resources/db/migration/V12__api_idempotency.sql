-- camove schema, version 12: idempotent API requests. A client that sends a request with an Idempotency-Key
-- header and does not learn the answer (a dropped connection) sends it again with the same key; camove then
-- answers what it answered the first time instead of doing it twice. Kept per user and key, with a hash of the
-- request (the same key with another request is refused), for 24 hours.

CREATE TABLE api_idempotency (
    username        VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          SMALLINT     NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (username, idempotency_key),
    INDEX ix_api_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
