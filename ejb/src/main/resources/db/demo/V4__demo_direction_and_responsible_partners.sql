-- =============================================================================
-- camove DEMO DATA ONLY: what schema version 3 added, for Central Asia on the Move.
-- 1.a (% of internal migrants in Bishkek without registration) should fall from
-- 80 to 60: lower is better. The pension-agreement score 2.b is judged on a 0-4 scale.
-- Each indicator's responsible partners are those that reported it.
-- =============================================================================

UPDATE indicator SET direction = 'DECREASE' WHERE id = 3;

UPDATE indicator SET score_min = 0, score_max = 4,
    score_scale_en = '0 none; 1 on the agenda; 2 draft text; 3 negotiated; 4 signed',
    score_scale_ru = '0 — нет; 1 — в повестке; 2 — проект текста; 3 — согласовано; 4 — подписано'
WHERE id = 13;

INSERT INTO indicator_partner (indicator_id, organisation_id)
SELECT DISTINCT indicator_id, partner_id FROM indicator_value;
