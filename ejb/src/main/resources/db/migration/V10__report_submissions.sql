-- camove schema, version 10: the partner's quarterly package (its indicator values and narrative report) as
-- one submission per partner per reporting period, moving DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED ... ->
-- APPROVED. A partner that has not started has no row. Every move is audited in report_submission_transition
-- (who, when, from, to, comment); the thread of comments between partner and reviewers is kept apart.

CREATE TABLE report_submission (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    reporting_period_id BIGINT       NOT NULL,
    partner_id          BIGINT       NOT NULL,
    state               VARCHAR(10)  NOT NULL,
    submitted_by        VARCHAR(100),
    submitted_at        TIMESTAMP    NULL,
    approved_by         VARCHAR(100),
    approved_at         TIMESTAMP    NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    changed_by          VARCHAR(100),
    changed_at          TIMESTAMP    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_report_submission UNIQUE (reporting_period_id, partner_id),
    CONSTRAINT fk_report_submission_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_submission_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT ck_report_submission_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_submission_transition (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    report_submission_id BIGINT       NOT NULL,
    from_state           VARCHAR(20)  NOT NULL,
    to_state             VARCHAR(20)  NOT NULL,
    reason               TEXT,
    changed_by           VARCHAR(100) NOT NULL,
    changed_at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_transition_submission FOREIGN KEY (report_submission_id) REFERENCES report_submission (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_submission_comment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    report_submission_id BIGINT       NOT NULL,
    body                 TEXT         NOT NULL,
    written_by           VARCHAR(100) NOT NULL,
    written_at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_comment_submission FOREIGN KEY (report_submission_id) REFERENCES report_submission (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_submission_comment ON report_submission_comment (report_submission_id, id);

-- A submitted value that differs from the partner's previous period by more than this (percent) needs a comment.
ALTER TABLE reporting_calendar ADD COLUMN change_threshold_percent INT NOT NULL DEFAULT 50;
