-- camove schema, version 14: donors' funding agreements, grants to partners with versioned budgets and donor
-- shares, tranches (with their release audit) and disbursements. Money is two columns: an amount DECIMAL(19,2) and
-- its ISO 4217 currency CHAR(3). The table of grants is grant_award because GRANT is a reserved word in SQL.

CREATE TABLE funding_agreement (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    donor_id               BIGINT         NOT NULL,
    programme_id           BIGINT         NOT NULL,
    amount                 DECIMAL(19, 2) NOT NULL,
    currency               CHAR(3)        NOT NULL,
    starts_on              DATE           NOT NULL,
    ends_on                DATE           NOT NULL,
    reporting_requirements TEXT,
    version                BIGINT         NOT NULL DEFAULT 0,
    changed_by             VARCHAR(100),
    changed_at             TIMESTAMP      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_funding_agreement_donor FOREIGN KEY (donor_id) REFERENCES organisation (id),
    CONSTRAINT fk_funding_agreement_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT ck_funding_agreement_amount CHECK (amount > 0),
    CONSTRAINT ck_funding_agreement_dates CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grant_award (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    reference          VARCHAR(40)   NOT NULL,
    partner_id         BIGINT        NOT NULL,
    programme_id       BIGINT        NOT NULL,
    starts_on          DATE          NOT NULL,
    ends_on            DATE          NOT NULL,
    currency           CHAR(3)       NOT NULL,
    rate_policy        VARCHAR(10)   NOT NULL,
    variance_threshold DECIMAL(5, 2) NOT NULL DEFAULT 10.00,
    state              VARCHAR(10)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    changed_by         VARCHAR(100),
    changed_at         TIMESTAMP     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_grant_reference UNIQUE (reference),
    CONSTRAINT fk_grant_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT fk_grant_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT ck_grant_dates CHECK (ends_on > starts_on),
    CONSTRAINT ck_grant_policy CHECK (rate_policy IN ('MONTHLY', 'FIFO')),
    CONSTRAINT ck_grant_state CHECK (state IN ('DRAFT', 'ACTIVE', 'CLOSING', 'CLOSED')),
    CONSTRAINT ck_grant_threshold CHECK (variance_threshold >= 0 AND variance_threshold <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_grant_programme_partner ON grant_award (programme_id, partner_id);

-- Version 1 is the original budget; each later version an amendment effective from its date.
CREATE TABLE budget_version (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    grant_id       BIGINT         NOT NULL,
    number         INT            NOT NULL,
    effective_from DATE           NOT NULL,
    reason         TEXT,
    total_amount   DECIMAL(19, 2) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    changed_by     VARCHAR(100),
    changed_at     TIMESTAMP      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_budget_version UNIQUE (grant_id, number),
    CONSTRAINT fk_budget_version_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_version_total CHECK (total_amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_line (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    budget_version_id BIGINT         NOT NULL,
    position          INT            NOT NULL,
    category          VARCHAR(100)   NOT NULL,
    description       VARCHAR(500)   NOT NULL,
    unit              VARCHAR(100)   NOT NULL,
    quantity          DECIMAL(19, 4) NOT NULL,
    unit_cost         DECIMAL(19, 2) NOT NULL,
    amount            DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_budget_line UNIQUE (budget_version_id, position),
    CONSTRAINT fk_budget_line_version FOREIGN KEY (budget_version_id) REFERENCES budget_version (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_line_figures CHECK (quantity > 0 AND unit_cost >= 0 AND amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grant_transition (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    grant_id   BIGINT       NOT NULL,
    from_state VARCHAR(20)  NOT NULL,
    to_state   VARCHAR(20)  NOT NULL,
    reason     TEXT,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_grant_transition_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which donor pays which share of a grant, in percent; a grant's shares add up to 100.
CREATE TABLE grant_funding_share (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    grant_id      BIGINT        NOT NULL,
    donor_id      BIGINT        NOT NULL,
    share_percent DECIMAL(7, 4) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_grant_funding_share UNIQUE (grant_id, donor_id),
    CONSTRAINT fk_funding_share_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id) ON DELETE CASCADE,
    CONSTRAINT fk_funding_share_donor FOREIGN KEY (donor_id) REFERENCES organisation (id),
    CONSTRAINT ck_funding_share_percent CHECK (share_percent > 0 AND share_percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A planned payment in the grant's currency; condition_period_id: the period whose report must be approved first.
CREATE TABLE tranche (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    grant_id            BIGINT         NOT NULL,
    planned_on          DATE           NOT NULL,
    amount              DECIMAL(19, 2) NOT NULL,
    condition_period_id BIGINT,
    state               VARCHAR(10)    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    changed_by          VARCHAR(100),
    changed_at          TIMESTAMP      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tranche_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id) ON DELETE CASCADE,
    CONSTRAINT fk_tranche_condition_period FOREIGN KEY (condition_period_id) REFERENCES reporting_period (id),
    CONSTRAINT ck_tranche_amount CHECK (amount > 0),
    CONSTRAINT ck_tranche_state CHECK (state IN ('PLANNED', 'RELEASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tranche_transition (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tranche_id BIGINT       NOT NULL,
    from_state VARCHAR(20)  NOT NULL,
    to_state   VARCHAR(20)  NOT NULL,
    reason     TEXT,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tranche_transition_tranche FOREIGN KEY (tranche_id) REFERENCES tranche (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Money paid against a released tranche, with the rate to the grant's currency it was converted at and the
-- converted amount, both stored.
CREATE TABLE disbursement (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    tranche_id     BIGINT         NOT NULL,
    paid_on        DATE           NOT NULL,
    amount         DECIMAL(19, 2) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    rate_to_grant  DECIMAL(19, 8) NOT NULL,
    rate_source    VARCHAR(10)    NOT NULL,
    grant_amount   DECIMAL(19, 2) NOT NULL,
    grant_currency CHAR(3)        NOT NULL,
    changed_by     VARCHAR(100),
    changed_at     TIMESTAMP      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_disbursement_tranche FOREIGN KEY (tranche_id) REFERENCES tranche (id) ON DELETE CASCADE,
    CONSTRAINT ck_disbursement_amount CHECK (amount > 0 AND grant_amount > 0 AND rate_to_grant > 0),
    CONSTRAINT ck_disbursement_rate_source CHECK (rate_source IN ('TABLE', 'ENTERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
