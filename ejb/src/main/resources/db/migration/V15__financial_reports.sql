-- camove schema, version 15: the partners' financial reports, one per grant and reporting period, with the
-- workflow of the quarterly package (DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED ... -> APPROVED; every move audited,
-- a comment thread). Each expenditure line is what was spent of one budget line in the quarter, in the report's
-- (local) currency, with its amount converted into the grant's currency and the parts of that conversion with the
-- rate each used, all stored: a rate edited later never changes a submitted or approved report.

CREATE TABLE financial_report (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    grant_id            BIGINT       NOT NULL,
    reporting_period_id BIGINT       NOT NULL,
    currency            CHAR(3)      NOT NULL,
    state               VARCHAR(10)  NOT NULL,
    submitted_by        VARCHAR(100),
    submitted_at        TIMESTAMP    NULL,
    approved_by         VARCHAR(100),
    approved_at         TIMESTAMP    NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    changed_by          VARCHAR(100),
    changed_at          TIMESTAMP    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_financial_report UNIQUE (grant_id, reporting_period_id),
    CONSTRAINT fk_financial_report_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id) ON DELETE CASCADE,
    CONSTRAINT fk_financial_report_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT ck_financial_report_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_financial_report_state ON financial_report (state, submitted_at);

CREATE TABLE financial_report_transition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    financial_report_id BIGINT       NOT NULL,
    from_state          VARCHAR(20)  NOT NULL,
    to_state            VARCHAR(20)  NOT NULL,
    reason              TEXT,
    changed_by          VARCHAR(100) NOT NULL,
    changed_at          TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_financial_report_transition FOREIGN KEY (financial_report_id) REFERENCES financial_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE financial_report_comment (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    financial_report_id BIGINT       NOT NULL,
    body                TEXT         NOT NULL,
    written_by          VARCHAR(100) NOT NULL,
    written_at          TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_financial_report_comment FOREIGN KEY (financial_report_id) REFERENCES financial_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- amount: spent in the quarter, in the report's currency; converted_amount: the sum of its parts, in the grant's.
CREATE TABLE financial_report_line (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    financial_report_id BIGINT         NOT NULL,
    budget_line_id      BIGINT         NOT NULL,
    position            INT            NOT NULL,
    amount              DECIMAL(19, 2) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    converted_amount    DECIMAL(19, 2) NOT NULL,
    grant_currency      CHAR(3)        NOT NULL,
    note                TEXT,
    justification       TEXT,
    PRIMARY KEY (id),
    CONSTRAINT uq_financial_report_line UNIQUE (financial_report_id, budget_line_id),
    CONSTRAINT fk_financial_report_line_report FOREIGN KEY (financial_report_id) REFERENCES financial_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_financial_report_line_budget FOREIGN KEY (budget_line_id) REFERENCES budget_line (id) ON DELETE CASCADE,
    CONSTRAINT ck_financial_report_line_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One part of a line's conversion: basis MONTHLY / SAME_CURRENCY / BEYOND_DISBURSED (reference "KGS/USD 2026-03")
-- or DISBURSEMENT (reference "disbursement 12").
CREATE TABLE financial_report_line_part (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    report_line_id    BIGINT         NOT NULL,
    position          INT            NOT NULL,
    amount            DECIMAL(19, 2) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    converted_amount  DECIMAL(19, 2) NOT NULL,
    grant_currency    CHAR(3)        NOT NULL,
    rate              DECIMAL(19, 8) NOT NULL,
    basis             VARCHAR(20)    NOT NULL,
    reference         VARCHAR(100)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_financial_report_line_part FOREIGN KEY (report_line_id) REFERENCES financial_report_line (id) ON DELETE CASCADE,
    CONSTRAINT ck_financial_report_line_part_basis CHECK (basis IN ('SAME_CURRENCY', 'MONTHLY', 'DISBURSEMENT', 'BEYOND_DISBURSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
