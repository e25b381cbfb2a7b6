-- =============================================================================
-- camove DEMO DATA ONLY: the demo's percentages pool across partners.
-- Schema version 4 set existing percentages to POOLED, but the demo data set is
-- applied after every schema migration, so its percentages still carry the
-- column's default SUM.
-- =============================================================================

UPDATE indicator SET partner_aggregation = 'POOLED' WHERE measure_type = 'PERCENTAGE';
