-- =============================================================================
-- camove DEMO DATA ONLY: the demo's values were written after schema version 6
-- (the demo data set is applied after every schema migration), so each
-- indicator's newest approved quarter is set here, as ReportedValueChanges
-- does for every write of values.
-- =============================================================================

UPDATE indicator i
SET i.latest_approved_period = (SELECT MAX(v.period_index) FROM indicator_value v
                                WHERE v.indicator_id = i.id AND v.approval_state = 'APPROVED');
