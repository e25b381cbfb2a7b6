-- =============================================================================
-- camove DEMO DATA ONLY: approved financial reports of the demo grants for past
-- quarters, so the demo shows spend: CAOTM-G-2025-01 (KG-02, USD, FIFO, spent in
-- KGS) for 2025-Q1 to 2025-Q4 and CAOTM-G-2025-02 (TJ-01, EUR, monthly rate,
-- spent in TJS) for 2025-Q2 to 2026-Q1. Each line's converted amount and the
-- parts of its conversion are computed as camove computes them: FIFO at the
-- rates of V10's disbursements in the order received, MONTHLY at V11's rate of
-- the quarter's last month; HALF_UP to the cent. The approval of the report a
-- tranche is conditioned on released it (tranches 3 and 6). Amounts fictional.
-- =============================================================================

INSERT INTO financial_report (id, grant_id, reporting_period_id, currency, state, submitted_by, submitted_at, approved_by, approved_at, version, changed_by, changed_at) VALUES
    (1, 1, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 1), 'KGS', 'APPROVED', 'partner.kg', '2025-04-10 10:00:00', 'finance', '2025-04-20 15:00:00', 2, 'finance', '2025-04-20 15:00:00'),
    (2, 1, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 2), 'KGS', 'APPROVED', 'partner.kg', '2025-07-10 10:00:00', 'finance', '2025-07-20 15:00:00', 2, 'finance', '2025-07-20 15:00:00'),
    (3, 1, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 3), 'KGS', 'APPROVED', 'partner.kg', '2025-10-10 10:00:00', 'finance', '2025-10-20 15:00:00', 2, 'finance', '2025-10-20 15:00:00'),
    (4, 1, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4), 'KGS', 'APPROVED', 'partner.kg', '2026-01-10 10:00:00', 'finance', '2026-01-20 15:00:00', 2, 'finance', '2026-01-20 15:00:00'),
    (5, 2, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 2), 'TJS', 'APPROVED', 'partner.tj', '2025-07-10 10:00:00', 'finance', '2025-07-20 15:00:00', 2, 'finance', '2025-07-20 15:00:00'),
    (6, 2, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 3), 'TJS', 'APPROVED', 'partner.tj', '2025-10-10 10:00:00', 'finance', '2025-10-20 15:00:00', 2, 'finance', '2025-10-20 15:00:00'),
    (7, 2, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4), 'TJS', 'APPROVED', 'partner.tj', '2026-01-10 10:00:00', 'finance', '2026-01-20 15:00:00', 2, 'finance', '2026-01-20 15:00:00'),
    (8, 2, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 1), 'TJS', 'APPROVED', 'partner.tj', '2026-04-10 10:00:00', 'finance', '2026-04-20 15:00:00', 2, 'finance', '2026-04-20 15:00:00');

INSERT INTO financial_report_transition (financial_report_id, from_state, to_state, reason, changed_by, changed_at) VALUES
    (1, 'DRAFT', 'SUBMITTED', NULL, 'partner.kg', '2025-04-10 10:00:00'),
    (1, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2025-04-20 15:00:00'),
    (2, 'DRAFT', 'SUBMITTED', NULL, 'partner.kg', '2025-07-10 10:00:00'),
    (2, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2025-07-20 15:00:00'),
    (3, 'DRAFT', 'SUBMITTED', NULL, 'partner.kg', '2025-10-10 10:00:00'),
    (3, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2025-10-20 15:00:00'),
    (4, 'DRAFT', 'SUBMITTED', NULL, 'partner.kg', '2026-01-10 10:00:00'),
    (4, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2026-01-20 15:00:00'),
    (5, 'DRAFT', 'SUBMITTED', NULL, 'partner.tj', '2025-07-10 10:00:00'),
    (5, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2025-07-20 15:00:00'),
    (6, 'DRAFT', 'SUBMITTED', NULL, 'partner.tj', '2025-10-10 10:00:00'),
    (6, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2025-10-20 15:00:00'),
    (7, 'DRAFT', 'SUBMITTED', NULL, 'partner.tj', '2026-01-10 10:00:00'),
    (7, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2026-01-20 15:00:00'),
    (8, 'DRAFT', 'SUBMITTED', NULL, 'partner.tj', '2026-04-10 10:00:00'),
    (8, 'SUBMITTED', 'APPROVED', NULL, 'finance', '2026-04-20 15:00:00');

INSERT INTO financial_report_line (id, financial_report_id, budget_line_id, position, amount, currency, converted_amount, grant_currency, note, justification) VALUES
    (1, 1, 1, 1, 331000.00, 'KGS', 3741.44, 'USD', NULL, NULL),
    (2, 1, 2, 2, 190000.00, 'KGS', 2147.66, 'USD', NULL, 'Consultations started in February, once the new settlements offices opened.'),
    (3, 1, 3, 3, 79600.00, 'KGS', 899.75, 'USD', NULL, NULL),
    (4, 1, 4, 4, 41000.00, 'KGS', 463.44, 'USD', NULL, 'The Naryn trips were moved to the summer: the passes were closed.'),
    (5, 2, 1, 1, 332500.00, 'KGS', 3758.40, 'USD', NULL, NULL),
    (6, 2, 2, 2, 215000.00, 'KGS', 2430.24, 'USD', NULL, NULL),
    (7, 2, 3, 3, 79600.00, 'KGS', 899.75, 'USD', NULL, NULL),
    (8, 2, 4, 4, 58500.00, 'KGS', 661.25, 'USD', NULL, NULL),
    (9, 3, 1, 1, 334000.00, 'KGS', 3775.35, 'USD', NULL, NULL),
    (10, 3, 2, 2, 240500.00, 'KGS', 2735.11, 'USD', NULL, NULL),
    (11, 3, 3, 3, 80000.00, 'KGS', 914.33, 'USD', NULL, NULL),
    (12, 3, 4, 4, 66000.00, 'KGS', 754.32, 'USD', NULL, NULL),
    (13, 4, 1, 1, 335500.00, 'KGS', 3834.46, 'USD', NULL, NULL),
    (14, 4, 2, 2, 205000.00, 'KGS', 2342.97, 'USD', NULL, NULL),
    (15, 4, 3, 3, 80000.00, 'KGS', 914.33, 'USD', NULL, NULL),
    (16, 4, 4, 4, 27000.00, 'KGS', 308.59, 'USD', NULL, 'The last trip to Chui was cancelled because of the early snow.'),
    (17, 5, 5, 1, 30900.00, 'TJS', 2714.47, 'EUR', NULL, NULL),
    (18, 5, 6, 2, 17000.00, 'TJS', 1493.40, 'EUR', NULL, NULL),
    (19, 5, 7, 3, 8300.00, 'TJS', 729.13, 'EUR', NULL, NULL),
    (20, 5, 8, 4, 12000.00, 'TJS', 1054.16, 'EUR', NULL, 'The leaflets for the whole year were printed at once, at a lower unit price.'),
    (21, 6, 5, 1, 31000.00, 'TJS', 2712.27, 'EUR', NULL, NULL),
    (22, 6, 6, 2, 18500.00, 'TJS', 1618.61, 'EUR', NULL, NULL),
    (23, 6, 7, 3, 8600.00, 'TJS', 752.44, 'EUR', NULL, NULL),
    (24, 6, 8, 4, 6500.00, 'TJS', 568.70, 'EUR', NULL, NULL),
    (25, 7, 5, 1, 31200.00, 'TJS', 2790.57, 'EUR', NULL, NULL),
    (26, 7, 6, 2, 19000.00, 'TJS', 1699.39, 'EUR', NULL, NULL),
    (27, 7, 7, 3, 8700.00, 'TJS', 778.14, 'EUR', NULL, NULL),
    (28, 7, 8, 4, 4000.00, 'TJS', 357.77, 'EUR', NULL, NULL),
    (29, 8, 5, 1, 31500.00, 'TJS', 2809.97, 'EUR', NULL, NULL),
    (30, 8, 6, 2, 17500.00, 'TJS', 1561.10, 'EUR', NULL, NULL),
    (31, 8, 7, 3, 8800.00, 'TJS', 785.01, 'EUR', NULL, NULL),
    (32, 8, 8, 4, 9000.00, 'TJS', 802.85, 'EUR', NULL, NULL);

INSERT INTO financial_report_line_part (report_line_id, position, amount, currency, converted_amount, grant_currency, rate, basis, reference) VALUES
    (1, 1, 331000.00, 'KGS', 3741.44, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (2, 1, 190000.00, 'KGS', 2147.66, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (3, 1, 79600.00, 'KGS', 899.75, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (4, 1, 41000.00, 'KGS', 463.44, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (5, 1, 332500.00, 'KGS', 3758.40, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (6, 1, 215000.00, 'KGS', 2430.24, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (7, 1, 79600.00, 'KGS', 899.75, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (8, 1, 58500.00, 'KGS', 661.25, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (9, 1, 334000.00, 'KGS', 3775.35, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (10, 1, 108171.00, 'KGS', 1222.71, 'USD', 0.01130345, 'DISBURSEMENT', 'disbursement 1'),
    (10, 2, 132329.00, 'KGS', 1512.40, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (11, 1, 80000.00, 'KGS', 914.33, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (12, 1, 66000.00, 'KGS', 754.32, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (13, 1, 335500.00, 'KGS', 3834.46, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (14, 1, 205000.00, 'KGS', 2342.97, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (15, 1, 80000.00, 'KGS', 914.33, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (16, 1, 27000.00, 'KGS', 308.59, 'USD', 0.01142910, 'DISBURSEMENT', 'disbursement 2'),
    (17, 1, 30900.00, 'TJS', 2714.47, 'EUR', 0.08784694, 'MONTHLY', 'TJS/EUR 2025-06'),
    (18, 1, 17000.00, 'TJS', 1493.40, 'EUR', 0.08784694, 'MONTHLY', 'TJS/EUR 2025-06'),
    (19, 1, 8300.00, 'TJS', 729.13, 'EUR', 0.08784694, 'MONTHLY', 'TJS/EUR 2025-06'),
    (20, 1, 12000.00, 'TJS', 1054.16, 'EUR', 0.08784694, 'MONTHLY', 'TJS/EUR 2025-06'),
    (21, 1, 31000.00, 'TJS', 2712.27, 'EUR', 0.08749248, 'MONTHLY', 'TJS/EUR 2025-09'),
    (22, 1, 18500.00, 'TJS', 1618.61, 'EUR', 0.08749248, 'MONTHLY', 'TJS/EUR 2025-09'),
    (23, 1, 8600.00, 'TJS', 752.44, 'EUR', 0.08749248, 'MONTHLY', 'TJS/EUR 2025-09'),
    (24, 1, 6500.00, 'TJS', 568.70, 'EUR', 0.08749248, 'MONTHLY', 'TJS/EUR 2025-09'),
    (25, 1, 31200.00, 'TJS', 2790.57, 'EUR', 0.08944133, 'MONTHLY', 'TJS/EUR 2025-12'),
    (26, 1, 19000.00, 'TJS', 1699.39, 'EUR', 0.08944133, 'MONTHLY', 'TJS/EUR 2025-12'),
    (27, 1, 8700.00, 'TJS', 778.14, 'EUR', 0.08944133, 'MONTHLY', 'TJS/EUR 2025-12'),
    (28, 1, 4000.00, 'TJS', 357.77, 'EUR', 0.08944133, 'MONTHLY', 'TJS/EUR 2025-12'),
    (29, 1, 31500.00, 'TJS', 2809.97, 'EUR', 0.08920544, 'MONTHLY', 'TJS/EUR 2026-03'),
    (30, 1, 17500.00, 'TJS', 1561.10, 'EUR', 0.08920544, 'MONTHLY', 'TJS/EUR 2026-03'),
    (31, 1, 8800.00, 'TJS', 785.01, 'EUR', 0.08920544, 'MONTHLY', 'TJS/EUR 2026-03'),
    (32, 1, 9000.00, 'TJS', 802.85, 'EUR', 0.08920544, 'MONTHLY', 'TJS/EUR 2026-03');

-- the approvals of 2025-Q4 (CAOTM-G-2025-01) and 2026-Q1 (CAOTM-G-2025-02) released the tranches they condition
UPDATE tranche SET state = 'RELEASED', version = version + 1, changed_by = 'finance', changed_at = '2026-01-20 15:00:00' WHERE id = 3;
UPDATE tranche SET state = 'RELEASED', version = version + 1, changed_by = 'finance', changed_at = '2026-04-20 15:00:00' WHERE id = 6;
INSERT INTO tranche_transition (tranche_id, from_state, to_state, reason, changed_by, changed_at) VALUES
    (3, 'PLANNED', 'RELEASED', 'financial report 4 (CAOTM-G-2025-01, 2025-Q4) approved', 'finance', '2026-01-20 15:00:00'),
    (6, 'PLANNED', 'RELEASED', 'financial report 8 (CAOTM-G-2025-02, 2026-Q1) approved', 'finance', '2026-04-20 15:00:00');
