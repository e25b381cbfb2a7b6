-- =============================================================================
-- camove DEMO DATA ONLY: grants and funding of Central Asia on the Move.
-- Funding agreements of the four demo donors; grants to four partners in USD,
-- EUR and CHF with budgets (one amended), donors' shares, tranche schedules and
-- the disbursements of past quarters, paid in the partners' local currencies
-- at the month's rate of V11 (illustrative rates). Amounts are fictional.
-- =============================================================================

INSERT INTO funding_agreement (id, donor_id, programme_id, amount, currency, starts_on, ends_on, reporting_requirements, changed_by, changed_at) VALUES
    (1, 3, 1, 250000.00, 'USD', '2025-01-01', '2027-12-31', 'Annual narrative and financial report by 31 March; IPTT every six months; stories of change with consent.', 'manager', '2024-12-10 10:00:00'),
    (2, 4, 1, 3000000.00, 'SEK', '2025-01-01', '2027-12-31', 'Annual report in the Nordic Partnership Fund template; audited financial statement within six months of the year end.', 'manager', '2024-12-12 10:00:00'),
    (3, 5, 1, 180000.00, 'EUR', '2025-04-01', '2027-03-31', 'Half-yearly financial summary; final report with results against the logframe.', 'manager', '2025-03-20 10:00:00'),
    (4, 6, 1, 150000.00, 'CHF', '2025-01-01', '2026-12-31', 'Annual report in German or English; budget variances above 10 % justified.', 'manager', '2024-12-15 10:00:00');

INSERT INTO grant_award (id, reference, partner_id, programme_id, starts_on, ends_on, currency, rate_policy, variance_threshold, state, changed_by, changed_at) VALUES
    (1, 'CAOTM-G-2025-01', 8, 1, '2025-01-01', '2026-12-31', 'USD', 'FIFO', 10.00, 'ACTIVE', 'manager', '2025-01-01 09:00:00'),
    (2, 'CAOTM-G-2025-02', 19, 1, '2025-04-01', '2027-03-31', 'EUR', 'MONTHLY', 10.00, 'ACTIVE', 'manager', '2025-04-01 09:00:00'),
    (3, 'CAOTM-G-2025-03', 7, 1, '2025-01-01', '2026-06-30', 'CHF', 'FIFO', 10.00, 'CLOSING', 'manager', '2025-01-01 09:00:00'),
    (4, 'CAOTM-G-2026-04', 26, 1, '2026-07-01', '2027-06-30', 'USD', 'MONTHLY', 10.00, 'DRAFT', 'manager', '2026-07-01 09:00:00');

-- the lines of each version add up to its total
INSERT INTO budget_version (id, grant_id, number, effective_from, reason, total_amount, currency, changed_by, changed_at) VALUES
    (1, 1, 1, '2025-01-01', NULL, 60000.00, 'USD', 'manager', '2025-01-01 09:00:00'),
    (2, 2, 1, '2025-04-01', NULL, 45000.00, 'EUR', 'manager', '2025-04-01 09:00:00'),
    (3, 3, 1, '2025-01-01', NULL, 36000.00, 'CHF', 'manager', '2025-01-01 09:00:00'),
    (4, 3, 2, '2026-01-01', 'Two roundtables replaced by 150 more household interviews, as agreed with the donors', 36000.00, 'CHF', 'manager', '2026-01-01 09:00:00'),
    (5, 4, 1, '2026-07-01', NULL, 24000.00, 'USD', 'manager', '2026-07-01 09:00:00');

INSERT INTO budget_line (id, budget_version_id, position, category, description, unit, quantity, unit_cost, amount) VALUES
    (1, 1, 1, 'Staff', 'Lawyer advising internal migrants on residence registration', 'month', 24, 1250.00, 30000.00),
    (2, 1, 2, 'Activities', 'Legal consultations in the new settlements', 'session', 120, 150.00, 18000.00),
    (3, 1, 3, 'Office', 'Office rent, Bishkek', 'month', 24, 300.00, 7200.00),
    (4, 1, 4, 'Travel', 'Trips to Chui and Naryn districts', 'trip', 16, 300.00, 4800.00),
    (5, 2, 1, 'Staff', 'Paralegal for returning migrants', 'month', 24, 900.00, 21600.00),
    (6, 2, 2, 'Activities', 'Pre-departure orientation sessions', 'session', 60, 200.00, 12000.00),
    (7, 2, 3, 'Activities', 'Telephone hotline for migrants in Russia', 'month', 24, 250.00, 6000.00),
    (8, 2, 4, 'Materials', 'Leaflets on labour rights (Tajik and Russian)', 'leaflet', 5400, 1.00, 5400.00),
    (9, 3, 1, 'Research', 'Studies on pension access and residence registration', 'study', 2, 9000.00, 18000.00),
    (10, 3, 2, 'Advocacy', 'Policy roundtables with ministries and diaspora', 'roundtable', 6, 1500.00, 9000.00),
    (11, 3, 3, 'Research', 'Household interviews on remittances', 'interview', 300, 20.00, 6000.00),
    (12, 3, 4, 'Publication', 'Policy briefs, printed and online', 'brief', 3, 1000.00, 3000.00),
    (13, 4, 1, 'Research', 'Studies on pension access and residence registration', 'study', 2, 9000.00, 18000.00),
    (14, 4, 2, 'Advocacy', 'Policy roundtables with ministries and diaspora', 'roundtable', 4, 1500.00, 6000.00),
    (15, 4, 3, 'Research', 'Household interviews on remittances', 'interview', 450, 20.00, 9000.00),
    (16, 4, 4, 'Publication', 'Policy briefs, printed and online', 'brief', 3, 1000.00, 3000.00),
    (17, 5, 1, 'Staff', 'Lawyer for labour migrants, Almaty', 'month', 12, 1400.00, 16800.00),
    (18, 5, 2, 'Activities', 'Outreach at markets and construction sites', 'month', 12, 600.00, 7200.00);

INSERT INTO grant_transition (grant_id, from_state, to_state, reason, changed_by, changed_at) VALUES
    (1, 'DRAFT', 'ACTIVE', NULL, 'manager', '2025-01-05 09:00:00'),
    (2, 'DRAFT', 'ACTIVE', NULL, 'manager', '2025-04-03 09:00:00'),
    (3, 'DRAFT', 'ACTIVE', NULL, 'manager', '2025-01-06 09:00:00'),
    (3, 'ACTIVE', 'CLOSING', 'Activities completed; final report due', 'manager', '2026-07-01 09:00:00');

INSERT INTO grant_funding_share (grant_id, donor_id, share_percent) VALUES
    (1, 3, 60),
    (1, 4, 40),
    (2, 5, 100),
    (3, 6, 70),
    (3, 3, 30),
    (4, 4, 100);

-- a tranche with a condition is released once the partner's report for that period is approved
INSERT INTO tranche (id, grant_id, planned_on, amount, condition_period_id, state, changed_by, changed_at) VALUES
    (1, 1, '2025-01-15', 20000.00, NULL, 'RELEASED', 'finance', '2025-01-15 10:00:00'),
    (2, 1, '2025-07-15', 20000.00, NULL, 'RELEASED', 'finance', '2025-07-15 10:00:00'),
    (3, 1, '2026-01-15', 20000.00, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4), 'PLANNED', 'manager', '2025-01-01 09:00:00'),
    (4, 2, '2025-04-10', 15000.00, NULL, 'RELEASED', 'finance', '2025-04-10 10:00:00'),
    (5, 2, '2025-10-10', 15000.00, NULL, 'RELEASED', 'finance', '2025-10-10 10:00:00'),
    (6, 2, '2026-04-10', 15000.00, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 1), 'PLANNED', 'manager', '2025-04-01 09:00:00'),
    (7, 3, '2025-01-20', 12000.00, NULL, 'RELEASED', 'finance', '2025-01-20 10:00:00'),
    (8, 3, '2025-07-20', 12000.00, NULL, 'RELEASED', 'finance', '2025-07-20 10:00:00'),
    (9, 3, '2026-01-20', 12000.00, (SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4), 'PLANNED', 'manager', '2025-01-01 09:00:00'),
    (10, 4, '2026-07-15', 8000.00, NULL, 'PLANNED', 'manager', '2026-07-01 09:00:00');

INSERT INTO tranche_transition (tranche_id, from_state, to_state, reason, changed_by, changed_at) VALUES
    (1, 'PLANNED', 'RELEASED', NULL, 'finance', '2025-01-15 10:00:00'),
    (2, 'PLANNED', 'RELEASED', NULL, 'finance', '2025-07-15 10:00:00'),
    (4, 'PLANNED', 'RELEASED', NULL, 'finance', '2025-04-10 10:00:00'),
    (5, 'PLANNED', 'RELEASED', NULL, 'finance', '2025-10-10 10:00:00'),
    (7, 'PLANNED', 'RELEASED', NULL, 'finance', '2025-01-20 10:00:00'),
    (8, 'PLANNED', 'RELEASED', NULL, 'finance', '2025-07-20 10:00:00');

-- paid in local currency at the month's rate (V11); the grant-currency amount is amount x rate, HALF_UP
INSERT INTO disbursement (id, tranche_id, paid_on, amount, currency, rate_to_grant, rate_source, grant_amount, grant_currency, changed_by, changed_at) VALUES
    (1, 1, '2025-01-20', 1769371.00, 'KGS', 0.01130345, 'TABLE', 20000.00, 'USD', 'finance', '2025-01-20 11:00:00'),
    (2, 2, '2025-07-18', 1749919.00, 'KGS', 0.01142910, 'TABLE', 20000.00, 'USD', 'finance', '2025-07-18 11:00:00'),
    (3, 4, '2025-04-14', 173368.00, 'TJS', 0.08652130, 'TABLE', 15000.02, 'EUR', 'finance', '2025-04-14 11:00:00'),
    (4, 5, '2025-10-15', 171304.00, 'TJS', 0.08756340, 'TABLE', 14999.96, 'EUR', 'finance', '2025-10-15 11:00:00'),
    (5, 7, '2025-01-24', 1247650.00, 'KGS', 0.00961808, 'TABLE', 12000.00, 'CHF', 'finance', '2025-01-24 11:00:00'),
    (6, 8, '2025-07-23', 1252062.00, 'KGS', 0.00958419, 'TABLE', 12000.00, 'CHF', 'finance', '2025-07-23 11:00:00');
