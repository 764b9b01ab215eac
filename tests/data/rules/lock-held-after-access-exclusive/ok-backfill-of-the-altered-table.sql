-- test: transaction=wrapped
-- The backfill of the table just altered is mixed-ddl-and-dml's finding, not repeated here.
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE note IS NULL;
