-- camove schema, version 9: indicator values entered through camove. A value keeps who entered it, whether
-- a programme manager entered it on the partner's behalf, the comment that goes with it and who changed it
-- last (for conflict messages); every change of a value is kept in indicator_value_change (old, new, who,
-- when, why). The audit rows name the indicator, partner and quarter rather than the value's id, so the
-- history of a figure survives its pending row being replaced when it is approved.

ALTER TABLE indicator_value
    ADD COLUMN comment           TEXT,
    ADD COLUMN entered_by        VARCHAR(100),
    ADD COLUMN entered_on_behalf BOOLEAN   NOT NULL DEFAULT FALSE,
    ADD COLUMN changed_by        VARCHAR(100),
    ADD COLUMN changed_at        TIMESTAMP NULL;

CREATE TABLE indicator_value_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    indicator_id   BIGINT       NOT NULL,
    partner_id     BIGINT       NOT NULL,
    year           INT          NOT NULL,
    quarter        INT          NOT NULL,
    approval_state VARCHAR(10)  NOT NULL,
    old_value      TEXT,
    new_value      TEXT         NOT NULL,
    reason         TEXT,
    on_behalf      BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_by     VARCHAR(100) NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_value_change_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_value_change_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT ck_value_change_quarter CHECK (quarter BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_value_change_value ON indicator_value_change (indicator_id, partner_id, year, quarter);
