-- Cost per result: a budget line may name the one result of the grant's programme (normally an output) that its
-- spend pays for, so the results dashboard can put approved spend beside that result's indicators. Nullable: most
-- lines (rent, audit, overheads) pay for no single result. A result removed from the logframe unlinks its lines.
ALTER TABLE budget_line
    ADD COLUMN result_id BIGINT NULL,
    ADD CONSTRAINT fk_budget_line_result FOREIGN KEY (result_id) REFERENCES result (id) ON DELETE SET NULL;

CREATE INDEX ix_budget_line_result ON budget_line (result_id);
