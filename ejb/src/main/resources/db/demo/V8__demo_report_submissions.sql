-- =============================================================================
-- camove DEMO DATA ONLY: the partners' quarterly packages of Central Asia on the
-- Move as the reported values tell them. A quarter whose values are all approved
-- (2025-Q1 to 2026-Q2) was approved before camove recorded who submitted and
-- approved it, so those packages name nobody; a quarter with pending values
-- (2026-Q3 of KG-01, KG-02, KG-04, KG-05, KG-07, KG-11, TJ-01, TJ-03, TJ-05,
-- TJ-07, KZ-01, RU-01) was submitted on its due date and waits for review. A
-- partner that did not report a quarter has no package for it (overdue).
-- =============================================================================

INSERT INTO report_submission (reporting_period_id, partner_id, state, submitted_at, approved_at, changed_at)
SELECT p.id, v.partner_id,
       CASE WHEN MAX(v.approval_state = 'PENDING') = 1 THEN 'SUBMITTED' ELSE 'APPROVED' END,
       TIMESTAMP(p.due_on, '12:00:00'),
       CASE WHEN MAX(v.approval_state = 'PENDING') = 1 THEN NULL ELSE TIMESTAMP(DATE_ADD(p.due_on, INTERVAL 14 DAY), '12:00:00') END,
       TIMESTAMP(p.due_on, '12:00:00')
FROM indicator_value v
JOIN indicator i ON i.id = v.indicator_id
JOIN result r ON r.id = i.result_id
JOIN reporting_period p ON p.programme_id = r.programme_id AND p.year = v.year AND p.quarter = v.quarter
WHERE r.programme_id = 1
GROUP BY p.id, v.partner_id, p.due_on;

-- the submitted ones' move, by the partner's officer where the demo has one (KG-02, TJ-01); the others came
-- in before camove kept who submitted them
INSERT INTO report_submission_transition (report_submission_id, from_state, to_state, changed_by, changed_at)
SELECT s.id, 'DRAFT', 'SUBMITTED', u.username, s.submitted_at
FROM report_submission s
JOIN app_user u ON u.organisation_id = s.partner_id AND u.username LIKE 'partner.%'
WHERE s.state = 'SUBMITTED';

UPDATE report_submission s JOIN report_submission_transition t ON t.report_submission_id = s.id
SET s.submitted_by = t.changed_by, s.changed_by = t.changed_by
WHERE s.state = 'SUBMITTED';
