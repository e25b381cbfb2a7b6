-- camove schema, version 8: reporting periods, their audit trail and the reminders sent about them.
-- A programme's reporting calendar says how its periods' entry windows are set: the window opens some days
-- after the quarter ends, is due some days after it opens, and allows some grace days; partner officers are
-- reminded some days before the due date. A programme without a row uses the defaults below.

CREATE TABLE reporting_calendar (
    programme_id         BIGINT       NOT NULL,
    opens_after_days     INT          NOT NULL DEFAULT 1,
    due_after_days       INT          NOT NULL DEFAULT 30,
    grace_days           INT          NOT NULL DEFAULT 10,
    reminder_days_before INT          NOT NULL DEFAULT 7,
    version              BIGINT       NOT NULL DEFAULT 0,
    changed_by           VARCHAR(100),
    changed_at           TIMESTAMP    NULL,
    PRIMARY KEY (programme_id),
    CONSTRAINT fk_reporting_calendar_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT ck_reporting_calendar_days CHECK (opens_after_days >= 0 AND due_after_days >= 0 AND grace_days >= 0
                                                 AND reminder_days_before >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One quarter of a programme, with its entry window and state. Overdue is computed, never stored.
CREATE TABLE reporting_period (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id BIGINT       NOT NULL,
    year         INT          NOT NULL,
    quarter      INT          NOT NULL,
    period_index INT GENERATED ALWAYS AS (year * 4 + quarter - 1) STORED,
    opens_on     DATE         NOT NULL,
    due_on       DATE         NOT NULL,
    grace_days   INT          NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    changed_by   VARCHAR(100),
    changed_at   TIMESTAMP    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reporting_period UNIQUE (programme_id, year, quarter),
    CONSTRAINT fk_reporting_period_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT ck_reporting_period_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_reporting_period_state CHECK (state IN ('PLANNED', 'OPEN', 'LOCKED')),
    CONSTRAINT ck_reporting_period_window CHECK (due_on >= opens_on AND grace_days >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a period's state: who, when, from, to and why. The submission workflow's audit tables
-- take the same columns (org.camove.audit.StateTransition).
CREATE TABLE reporting_period_transition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    reporting_period_id BIGINT       NOT NULL,
    from_state          VARCHAR(20)  NOT NULL,
    to_state            VARCHAR(20)  NOT NULL,
    reason              TEXT,
    changed_by          VARCHAR(100) NOT NULL,
    changed_at          TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_period_transition_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reminders e-mailed to a partner's officers about a period: at most one of each kind, ever.
CREATE TABLE reporting_reminder (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    reporting_period_id BIGINT       NOT NULL,
    partner_id          BIGINT       NOT NULL,
    kind                VARCHAR(10)  NOT NULL,
    recipients          TEXT         NOT NULL,
    sent_at             TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reporting_reminder UNIQUE (reporting_period_id, partner_id, kind),
    CONSTRAINT fk_reporting_reminder_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_reporting_reminder_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT ck_reporting_reminder_kind CHECK (kind IN ('DUE_SOON', 'OVERDUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
