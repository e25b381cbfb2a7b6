-- camove schema, version 11: the narrative activity report of a partner's quarterly package and the evidence
-- files attached to it. One narrative per partner per reporting period, with a row per logframe activity
-- (status, what was done, planned against done) and its stories of change in order; the rich texts hold HTML
-- that was sanitised when it was saved. Evidence files are stored on disk under generated names (stored_name),
-- outside the web root; the row keeps what the uploader called the file, the type read from its content, its
-- size and SHA-256, and optionally the indicator whose value it verifies.

CREATE TABLE narrative_report (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    reporting_period_id  BIGINT       NOT NULL,
    partner_id           BIGINT       NOT NULL,
    beneficiaries_women  INT,
    beneficiaries_men    INT,
    beneficiaries_other  INT,
    beneficiaries_text   TEXT,
    changes_observed     MEDIUMTEXT,
    challenges           MEDIUMTEXT,
    lessons              MEDIUMTEXT,
    next_steps           MEDIUMTEXT,
    version              BIGINT       NOT NULL DEFAULT 0,
    changed_by           VARCHAR(100),
    changed_at           TIMESTAMP    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_narrative_report UNIQUE (reporting_period_id, partner_id),
    CONSTRAINT fk_narrative_report_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_narrative_report_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT ck_narrative_beneficiaries CHECK (beneficiaries_women >= 0 AND beneficiaries_men >= 0 AND beneficiaries_other >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE narrative_activity (
    narrative_report_id  BIGINT       NOT NULL,
    result_id            BIGINT       NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    done_text            TEXT,
    planned_vs_done      TEXT,
    PRIMARY KEY (narrative_report_id, result_id),
    CONSTRAINT fk_narrative_activity_report FOREIGN KEY (narrative_report_id) REFERENCES narrative_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_narrative_activity_result FOREIGN KEY (result_id) REFERENCES result (id),
    CONSTRAINT ck_narrative_activity_status CHECK (status IN ('DONE', 'PARTLY', 'NOT_DONE', 'NOT_PLANNED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE narrative_story (
    narrative_report_id  BIGINT       NOT NULL,
    position             INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    body                 MEDIUMTEXT,
    consent              BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (narrative_report_id, position),
    CONSTRAINT fk_narrative_story_report FOREIGN KEY (narrative_report_id) REFERENCES narrative_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_file (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    reporting_period_id  BIGINT       NOT NULL,
    partner_id           BIGINT       NOT NULL,
    indicator_id         BIGINT,
    original_name        VARCHAR(255) NOT NULL,
    stored_name          VARCHAR(64)  NOT NULL,
    media_type           VARCHAR(120) NOT NULL,
    size_bytes           BIGINT       NOT NULL,
    sha256               CHAR(64)     NOT NULL,
    uploaded_by          VARCHAR(100) NOT NULL,
    uploaded_at          TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_evidence_stored_name UNIQUE (stored_name),
    CONSTRAINT fk_evidence_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_evidence_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT fk_evidence_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_package ON evidence_file (reporting_period_id, partner_id, id);
