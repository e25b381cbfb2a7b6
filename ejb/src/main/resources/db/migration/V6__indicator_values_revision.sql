-- camove schema, version 6: what each indicator's computed results depend on, kept beside it.
-- Computed results (totals to date, % of target, subtotals) are kept in memory between requests, keyed by
-- the indicator's version (its definition, targets and cross-tab) and values_revision (its values and
-- cells). latest_approved_period is the period_index of its newest approved value, so that a programme's
-- "to date" is read with its indicators. Whoever writes indicator_value or indicator_value_cell updates
-- both in the same transaction (org.camove.indicators.ReportedValueChanges), so a stored result is never
-- read after its values changed, on this server or any other sharing the database.

ALTER TABLE indicator
    ADD COLUMN values_revision        BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN latest_approved_period INT;

UPDATE indicator i
SET i.latest_approved_period = (SELECT MAX(v.period_index) FROM indicator_value v
                                WHERE v.indicator_id = i.id AND v.approval_state = 'APPROVED');
