-- camove schema, version 2: what the aggregation engine reads. Indicators get their partner rule and
-- full baseline; disaggregation categories are reference data (an administrator can add more);
-- targets per quarter (for the programme or one partner); reported values with their cells.

ALTER TABLE indicator
    ADD COLUMN partner_aggregation VARCHAR(20) NOT NULL DEFAULT 'SUM',
    ADD COLUMN definition_en       TEXT,
    ADD COLUMN definition_ru       TEXT,
    ADD COLUMN baseline_date       DATE,
    ADD COLUMN baseline_source     VARCHAR(500),
    ADD CONSTRAINT ck_indicator_partner_agg CHECK (partner_aggregation IN ('SUM', 'AVERAGE', 'MAX'));

CREATE TABLE disaggregation_category (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(40)  NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    name_ru  VARCHAR(100),
    position INT          NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_disaggregation_category_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category_option (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    category_id BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    name_ru     VARCHAR(100),
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_category_option_code UNIQUE (category_id, code),
    CONSTRAINT fk_category_option_category FOREIGN KEY (category_id) REFERENCES disaggregation_category (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The categories an indicator is broken down by, in cross-tab order (e.g. Sex x Age).
CREATE TABLE indicator_category (
    indicator_id BIGINT NOT NULL,
    category_id  BIGINT NOT NULL,
    position     INT    NOT NULL,
    PRIMARY KEY (indicator_id, category_id),
    CONSTRAINT fk_indicator_category_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_category_category FOREIGN KEY (category_id) REFERENCES disaggregation_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A target for one quarter: the programme's (partner_id NULL) or one partner's.
CREATE TABLE indicator_target (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT         NOT NULL,
    partner_id   BIGINT,
    year         INT            NOT NULL,
    quarter      INT            NOT NULL,
    target       DECIMAL(19, 4) NOT NULL,
    partner_key  BIGINT GENERATED ALWAYS AS (IFNULL(partner_id, 0)) STORED,
    version      BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_target UNIQUE (indicator_id, partner_key, year, quarter),
    CONSTRAINT fk_indicator_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_target_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT ck_indicator_target_quarter CHECK (quarter BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner's value of an indicator for a quarter. PENDING until its submission is approved; an approved
-- value and a pending revision of it may exist side by side. Running totals are never stored.
CREATE TABLE indicator_value (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id        BIGINT         NOT NULL,
    partner_id          BIGINT         NOT NULL,
    year                INT            NOT NULL,
    quarter             INT            NOT NULL,
    period_index        INT GENERATED ALWAYS AS (year * 4 + quarter - 1) STORED,
    approval_state      VARCHAR(10)    NOT NULL,
    value               DECIMAL(19, 4),
    numerator           DECIMAL(19, 4),
    denominator         DECIMAL(19, 4),
    text_value          TEXT,
    score               DECIMAL(9, 2),
    fully_disaggregated BOOLEAN        NOT NULL DEFAULT FALSE,
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_value UNIQUE (indicator_id, partner_id, year, quarter, approval_state),
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_value_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT ck_indicator_value_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_indicator_value_state CHECK (approval_state IN ('PENDING', 'APPROVED')),
    CONSTRAINT ck_indicator_value_ratio CHECK (denominator IS NULL OR denominator >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The feed of the aggregation engine reads an indicator's values partner by partner, quarter by quarter.
CREATE INDEX ix_indicator_value_feed ON indicator_value (indicator_id, partner_id, period_index);

-- One cell of a value's cross-tab; option_key lists category=option pairs sorted by category,
-- e.g. 'AGE=18-35;SEX=F'.
CREATE TABLE indicator_value_cell (
    value_id    BIGINT         NOT NULL,
    option_key  VARCHAR(255)   NOT NULL,
    value       DECIMAL(19, 4),
    numerator   DECIMAL(19, 4),
    denominator DECIMAL(19, 4),
    PRIMARY KEY (value_id, option_key),
    CONSTRAINT fk_indicator_value_cell_value FOREIGN KEY (value_id) REFERENCES indicator_value (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reference data: the categories of DOMAIN.md.
INSERT INTO disaggregation_category (code, name_en, name_ru, position) VALUES
    ('SEX', 'Sex', 'Пол', 1),
    ('AGE', 'Age group', 'Возрастная группа', 2),
    ('COUNTRY', 'Country', 'Страна', 3),
    ('MIGRANT_TYPE', 'Migrant type', 'Тип мигранта', 4),
    ('REGISTRATION', 'Registration status', 'Статус регистрации', 5);

INSERT INTO category_option (category_id, code, name_en, name_ru, position)
SELECT c.id, o.code, o.name_en, o.name_ru, o.position
FROM disaggregation_category c
JOIN (
    SELECT 'SEX' AS category, 'F' AS code, 'Female' AS name_en, 'Женский' AS name_ru, 1 AS position
    UNION ALL SELECT 'SEX', 'M', 'Male', 'Мужской', 2
    UNION ALL SELECT 'SEX', 'O', 'Other', 'Другой', 3
    UNION ALL SELECT 'AGE', '0-17', '0–17', '0–17', 1
    UNION ALL SELECT 'AGE', '18-35', '18–35', '18–35', 2
    UNION ALL SELECT 'AGE', '36-59', '36–59', '36–59', 3
    UNION ALL SELECT 'AGE', '60+', '60+', '60+', 4
    UNION ALL SELECT 'COUNTRY', 'KG', 'Kyrgyzstan', 'Кыргызстан', 1
    UNION ALL SELECT 'COUNTRY', 'TJ', 'Tajikistan', 'Таджикистан', 2
    UNION ALL SELECT 'COUNTRY', 'KZ', 'Kazakhstan', 'Казахстан', 3
    UNION ALL SELECT 'COUNTRY', 'RU', 'Russia', 'Россия', 4
    UNION ALL SELECT 'MIGRANT_TYPE', 'INTERNAL', 'Internal migrant', 'Внутренний мигрант', 1
    UNION ALL SELECT 'MIGRANT_TYPE', 'EXTERNAL', 'External migrant', 'Внешний мигрант', 2
    UNION ALL SELECT 'MIGRANT_TYPE', 'RETURNEE', 'Returnee', 'Вернувшийся мигрант', 3
    UNION ALL SELECT 'MIGRANT_TYPE', 'FAMILY', 'Family member left behind', 'Член семьи, оставшийся дома', 4
    UNION ALL SELECT 'REGISTRATION', 'REGISTERED', 'Registered', 'Зарегистрирован', 1
    UNION ALL SELECT 'REGISTRATION', 'UNREGISTERED', 'Unregistered', 'Не зарегистрирован', 2
) o ON o.category = c.code;
