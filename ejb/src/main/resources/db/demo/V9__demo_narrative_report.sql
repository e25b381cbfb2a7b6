-- =============================================================================
-- camove DEMO DATA ONLY: the narrative report of the Bishkek Migrant Support
-- Centre (KG-02) for 2026-Q3, a locked quarter, so the narrative page shows it
-- read-only: two activities against plan, the people reached, the changes and
-- challenges, and two stories of change, one told without consent (never shown
-- to donors). Its texts are as the sanitiser keeps them.
-- =============================================================================
INSERT INTO narrative_report (reporting_period_id, partner_id, beneficiaries_women, beneficiaries_men, beneficiaries_other,
                              beneficiaries_text, changes_observed, challenges, lessons, next_steps, version, changed_by, changed_at)
SELECT p.id, o.id, 212, 148, 3,
       'Internal migrants without residence registration in the new settlements around Bishkek, most of them women with children.',
       '<p>Residence registrations obtained with our help <strong>doubled</strong> against the second quarter: 96 families can now enrol their children in school and see a family doctor.</p>',
       '<p>The district registry office in Ak-Orgo closed for six weeks for renovation; applications queued at the city office.</p><ul><li>Risk: the new fee for replacement passports keeps the poorest families away.</li></ul>',
       '<p>Mobile desks work best on <em>weekends</em>, when working migrants are at home.</p>',
       '<p>Open a second desk in Kelechek and train two volunteer paralegals.</p>',
       0, 'partner.kg', TIMESTAMP '2026-10-24 10:15:00'
FROM reporting_period p, organisation o
WHERE p.programme_id = 1 AND p.year = 2026 AND p.quarter = 3 AND o.code = 'KG-02';

INSERT INTO narrative_activity (narrative_report_id, result_id, status, done_text, planned_vs_done)
SELECT n.id, r.id, a.status, a.done_text, a.planned_vs_done
FROM narrative_report n
JOIN reporting_period p ON p.id = n.reporting_period_id AND p.programme_id = 1 AND p.year = 2026 AND p.quarter = 3
JOIN organisation o ON o.id = n.partner_id AND o.code = 'KG-02'
JOIN (
    SELECT '1.1.1' AS code, 'DONE' AS status, '24 mobile legal-aid desk days in Ak-Orgo, Kelechek and Ak-Bosogo; 363 consultations.' AS done_text,
           '20 desk days planned, 24 held.' AS planned_vs_done
    UNION ALL SELECT '1.1.2', 'PARTLY', '118 passports and 41 birth certificates applied for; 87 issued so far.',
           '150 documents planned; the registry office closure delayed the rest.'
) a
JOIN result r ON r.programme_id = 1 AND r.code = a.code;

INSERT INTO narrative_story (narrative_report_id, position, title, body, consent)
SELECT n.id, s.position, s.title, s.body, s.consent
FROM narrative_report n
JOIN reporting_period p ON p.id = n.reporting_period_id AND p.programme_id = 1 AND p.year = 2026 AND p.quarter = 3
JOIN organisation o ON o.id = n.partner_id AND o.code = 'KG-02'
JOIN (
    SELECT 0 AS position, 'Gulnara''s daughter goes to school' AS title,
           '<p>Gulnara moved from Naryn to Ak-Orgo in 2019 and could not register her home. With a registration obtained at our desk, her daughter started first grade in September.</p>' AS body,
           TRUE AS consent
    UNION ALL SELECT 1, 'A family facing eviction',
           '<p>A family of six, named in our case file, was threatened with eviction by a private landowner; our lawyer is negotiating with the district administration.</p>',
           FALSE
) s;
