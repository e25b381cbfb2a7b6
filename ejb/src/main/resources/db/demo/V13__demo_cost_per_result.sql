-- =============================================================================
-- camove DEMO DATA ONLY: cost per result. Budget lines of the two demo grants
-- with approved financial reports (V12) name the output of CAOTM they pay for,
-- so the results dashboard shows spend beside those outputs' indicators:
--   1.1 free legal aid for internal migrants: the KG-02 lawyer and consultations
--       (CAOTM-G-2025-01, USD) and the TJ-01 paralegal (CAOTM-G-2025-02, EUR),
--       two currencies never added up; 1.1.a and 1.1.b count people reached
--   2.1 legal consultations for labour migrants abroad: the TJ-01 hotline
--   2.2 safe-migration information: TJ-01's orientation sessions and leaflets
-- The other lines (rent, travel) pay for no single result.
-- =============================================================================

UPDATE budget_line SET result_id = (SELECT id FROM result WHERE programme_id = 1 AND code = '1.1') WHERE id IN (1, 2, 5);
UPDATE budget_line SET result_id = (SELECT id FROM result WHERE programme_id = 1 AND code = '2.1') WHERE id = 7;
UPDATE budget_line SET result_id = (SELECT id FROM result WHERE programme_id = 1 AND code = '2.2') WHERE id IN (6, 8);
