-- camove schema, version 3: what the results framework still lacked.
-- Programmes set their own on-track thresholds (% of target to date: green at or above the first,
-- amber at or above the second, red below). Results state risks beside assumptions. Indicators say
-- whether higher or lower is better (e.g. "% of migrants without registration" should fall), may score
-- qualitative answers on a defined scale, and name the partners responsible for reporting them.

ALTER TABLE programme
    ADD COLUMN green_threshold DECIMAL(5, 1) NOT NULL DEFAULT 90.0,
    ADD COLUMN amber_threshold DECIMAL(5, 1) NOT NULL DEFAULT 70.0,
    ADD CONSTRAINT ck_programme_thresholds CHECK (amber_threshold >= 0 AND amber_threshold <= green_threshold);

ALTER TABLE result
    ADD COLUMN risks_en TEXT,
    ADD COLUMN risks_ru TEXT;

ALTER TABLE indicator
    ADD COLUMN direction      VARCHAR(10)   NOT NULL DEFAULT 'INCREASE',
    ADD COLUMN score_min      DECIMAL(9, 2),
    ADD COLUMN score_max      DECIMAL(9, 2),
    ADD COLUMN score_scale_en TEXT,
    ADD COLUMN score_scale_ru TEXT,
    ADD CONSTRAINT ck_indicator_direction CHECK (direction IN ('INCREASE', 'DECREASE')),
    ADD CONSTRAINT ck_indicator_score_scale CHECK (score_min IS NULL OR score_max IS NULL OR score_min < score_max);

-- The partners responsible for reporting an indicator.
CREATE TABLE indicator_partner (
    indicator_id    BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, organisation_id),
    CONSTRAINT fk_indicator_partner_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
