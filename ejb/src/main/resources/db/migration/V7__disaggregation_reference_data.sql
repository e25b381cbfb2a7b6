-- camove schema, version 7: administrators keep the disaggregation categories and their options. A category
-- or an option is retired rather than deleted once it is used: it is then no longer offered for new
-- cross-tabs, while the indicators and values that use it keep it. Changes to a category or its options
-- move the category's version and record who made the last one, so a stale save names who saved first.

ALTER TABLE disaggregation_category
    ADD COLUMN active     BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN changed_by VARCHAR(100),
    ADD COLUMN changed_at TIMESTAMP NULL;

ALTER TABLE category_option
    ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
