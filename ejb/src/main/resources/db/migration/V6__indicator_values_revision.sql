-- camove schema, version 6: each indicator counts the changes to its reported values.
-- Computed results (totals to date, % of target, subtotals) are kept in memory between requests, keyed by
-- the indicator's version (its definition, targets and cross-tab) and this revision (its values and
-- cells). Whoever writes indicator_value or indicator_value_cell raises it in the same transaction
-- (org.camove.indicators.ReportedValueChanges), so a stored result is never read after its values changed,
-- on this server or any other sharing the database.

ALTER TABLE indicator
    ADD COLUMN values_revision BIGINT NOT NULL DEFAULT 0;
