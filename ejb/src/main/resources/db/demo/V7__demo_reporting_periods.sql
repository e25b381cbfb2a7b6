-- =============================================================================
-- camove DEMO DATA ONLY: the reporting periods of Central Asia on the Move
-- (2025-Q1 to 2027-Q4) with the default windows: each opens the day after its
-- quarter ends, is due 30 days later and allows 10 grace days. The quarters up
-- to 2026-Q3 are locked, 2026-Q4 (the current one) is open, 2027 is planned.
-- The audit trail says the demo manager opened and locked them.
-- =============================================================================

INSERT INTO reporting_period (programme_id, year, quarter, opens_on, due_on, grace_days, state, changed_by, changed_at)
SELECT 1, q.year, q.quarter, q.opens_on, DATE_ADD(q.opens_on, INTERVAL 30 DAY), 10, q.state,
       CASE WHEN q.state = 'PLANNED' THEN NULL ELSE 'manager' END, q.changed_at
FROM (
    SELECT 2025 AS year, 1 AS quarter, DATE '2025-04-01' AS opens_on, 'LOCKED' AS state, TIMESTAMP '2025-05-12 09:00:00' AS changed_at
    UNION ALL SELECT 2025, 2, DATE '2025-07-01', 'LOCKED', TIMESTAMP '2025-08-11 09:00:00'
    UNION ALL SELECT 2025, 3, DATE '2025-10-01', 'LOCKED', TIMESTAMP '2025-11-11 09:00:00'
    UNION ALL SELECT 2025, 4, DATE '2026-01-01', 'LOCKED', TIMESTAMP '2026-02-11 09:00:00'
    UNION ALL SELECT 2026, 1, DATE '2026-04-01', 'LOCKED', TIMESTAMP '2026-05-12 09:00:00'
    UNION ALL SELECT 2026, 2, DATE '2026-07-01', 'LOCKED', TIMESTAMP '2026-08-11 09:00:00'
    UNION ALL SELECT 2026, 3, DATE '2026-10-01', 'LOCKED', TIMESTAMP '2026-11-11 09:00:00'
    UNION ALL SELECT 2026, 4, DATE '2027-01-01', 'OPEN',   TIMESTAMP '2026-10-01 09:00:00'
    UNION ALL SELECT 2027, 1, DATE '2027-04-01', 'PLANNED', NULL
    UNION ALL SELECT 2027, 2, DATE '2027-07-01', 'PLANNED', NULL
    UNION ALL SELECT 2027, 3, DATE '2027-10-01', 'PLANNED', NULL
    UNION ALL SELECT 2027, 4, DATE '2028-01-01', 'PLANNED', NULL
) q;

-- opened on the day its window opened (the current quarter at its start), locked the day after its grace days
INSERT INTO reporting_period_transition (reporting_period_id, from_state, to_state, changed_by, changed_at)
SELECT id, 'PLANNED', 'OPEN', 'manager',
       CASE WHEN state = 'OPEN' THEN changed_at ELSE TIMESTAMP(opens_on, '09:00:00') END
FROM reporting_period WHERE programme_id = 1 AND state IN ('OPEN', 'LOCKED');

INSERT INTO reporting_period_transition (reporting_period_id, from_state, to_state, changed_by, changed_at)
SELECT id, 'OPEN', 'LOCKED', 'manager', changed_at
FROM reporting_period WHERE programme_id = 1 AND state = 'LOCKED';
