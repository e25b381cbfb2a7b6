-- camove schema, version 1: organisations, user accounts and roles, programmes and their logframes.
-- Every table is InnoDB/utf8mb4 so Russian, Kyrgyz and Tajik text is stored intact.
-- Columns suffixed _en/_ru hold the English and Russian wording of the same text.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    name_en     VARCHAR(255) NOT NULL,
    name_ru     VARCHAR(255),
    country     CHAR(2),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('LEAD_AGENCY', 'PARTNER', 'DONOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(100) NOT NULL,
    -- bcrypt in modular crypt form ($2a$...), read by the Elytron JDBC realm
    password_hash   VARCHAR(100) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    organisation_id BIGINT,
    locale          VARCHAR(10)  NOT NULL DEFAULT 'en',
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('ADMIN', 'PROGRAMME_MANAGER', 'FINANCE_REVIEWER', 'PARTNER_OFFICER', 'DONOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           VARCHAR(40)  NOT NULL,
    name_en        VARCHAR(255) NOT NULL,
    name_ru        VARCHAR(255),
    description_en TEXT,
    description_ru TEXT,
    start_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_programme_code UNIQUE (code),
    CONSTRAINT ck_programme_dates CHECK (end_date > start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which organisations take part in a programme, and as what.
CREATE TABLE programme_participant (
    programme_id    BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    PRIMARY KEY (programme_id, organisation_id),
    CONSTRAINT fk_participant_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The names of a programme's logframe levels (donor templates differ): depth 1 is the top.
CREATE TABLE logframe_level (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id BIGINT       NOT NULL,
    depth        INT          NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    name_ru      VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT uq_logframe_level UNIQUE (programme_id, depth),
    CONSTRAINT fk_logframe_level_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT ck_logframe_level_depth CHECK (depth >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A node of the logframe: goal, outcome, output, activity (or whatever the levels are called).
CREATE TABLE result (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    programme_id   BIGINT      NOT NULL,
    parent_id      BIGINT,
    depth          INT         NOT NULL,
    code           VARCHAR(20) NOT NULL,
    position       INT         NOT NULL,
    statement_en   TEXT        NOT NULL,
    statement_ru   TEXT,
    assumptions_en TEXT,
    assumptions_ru TEXT,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_result_code UNIQUE (programme_id, code),
    CONSTRAINT fk_result_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT fk_result_parent FOREIGN KEY (parent_id) REFERENCES result (id),
    CONSTRAINT fk_result_level FOREIGN KEY (programme_id, depth) REFERENCES logframe_level (programme_id, depth)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    result_id           BIGINT        NOT NULL,
    code                VARCHAR(20)   NOT NULL,
    position            INT           NOT NULL,
    name_en             VARCHAR(500)  NOT NULL,
    name_ru             VARCHAR(500),
    unit_en             VARCHAR(100),
    unit_ru             VARCHAR(100),
    measure_type        VARCHAR(20)   NOT NULL,
    time_aggregation    VARCHAR(20)   NOT NULL,
    baseline_value      DECIMAL(19, 4),
    lop_target          DECIMAL(19, 4),
    verification_en     TEXT,
    verification_ru     TEXT,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_code UNIQUE (result_id, code),
    CONSTRAINT fk_indicator_result FOREIGN KEY (result_id) REFERENCES result (id) ON DELETE CASCADE,
    CONSTRAINT ck_indicator_measure CHECK (measure_type IN ('NUMBER', 'PERCENTAGE', 'YES_NO', 'QUALITATIVE')),
    CONSTRAINT ck_indicator_time_agg CHECK (time_aggregation IN ('SUM', 'CUMULATIVE', 'LATEST', 'MAX', 'AVERAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_result_parent ON result (parent_id);
CREATE INDEX ix_indicator_result ON indicator (result_id);
