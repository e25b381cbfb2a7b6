-- camove schema, version 4: percentages say how they combine across partners.
-- A percentage always aggregates across partners as sum of numerators over sum of denominators; until now
-- it carried the default SUM and the engine pooled it regardless. POOLED names that rule, so a reader of
-- the data (or an export) never mistakes a percentage for a sum. Indicator editing refuses POOLED for
-- anything but a percentage, and any other rule for a percentage.

ALTER TABLE indicator DROP CONSTRAINT ck_indicator_partner_agg;
ALTER TABLE indicator
    ADD CONSTRAINT ck_indicator_partner_agg CHECK (partner_aggregation IN ('SUM', 'AVERAGE', 'MAX', 'POOLED'));

UPDATE indicator SET partner_aggregation = 'POOLED' WHERE measure_type = 'PERCENTAGE';
