-- camove schema, version 5: logframe editing. Whoever last changed a result, a level or a programme's
-- settings is kept beside its version, so that a manager whose save comes too late is told who changed
-- it and when. (Only the last change: the audit trail of every change is a later migration.)
-- Levels get a version of their own: two managers renaming the same level must not overwrite each other.

ALTER TABLE result
    ADD COLUMN changed_by VARCHAR(100),
    ADD COLUMN changed_at TIMESTAMP NULL;

ALTER TABLE programme
    ADD COLUMN changed_by VARCHAR(100),
    ADD COLUMN changed_at TIMESTAMP NULL;

ALTER TABLE logframe_level
    ADD COLUMN version    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN changed_by VARCHAR(100),
    ADD COLUMN changed_at TIMESTAMP NULL;
