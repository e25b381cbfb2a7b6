-- camove schema, version 13: the monthly exchange-rate table kept by finance reviewers. One unit of from_currency
-- is worth `rate` units of to_currency in that month (rate_month is the month's first day). Inverse rates are not
-- derived: each direction that is needed is a row of its own. Converted amounts keep the rates they used, so
-- editing a row here never changes what was converted before.

CREATE TABLE exchange_rate (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    from_currency CHAR(3)        NOT NULL,
    to_currency   CHAR(3)        NOT NULL,
    rate_month    DATE           NOT NULL,
    rate          DECIMAL(19, 8) NOT NULL,
    source        VARCHAR(200),
    version       BIGINT         NOT NULL DEFAULT 0,
    changed_by    VARCHAR(100),
    changed_at    TIMESTAMP      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_exchange_rate UNIQUE (from_currency, to_currency, rate_month),
    CONSTRAINT ck_exchange_rate_positive CHECK (rate > 0),
    CONSTRAINT ck_exchange_rate_pair CHECK (from_currency <> to_currency),
    CONSTRAINT ck_exchange_rate_month CHECK (DAYOFMONTH(rate_month) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exchange_rate_to_month ON exchange_rate (to_currency, rate_month);
