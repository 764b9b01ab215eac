-- test: transaction=wrapped
-- Catalog-only actions take milliseconds each: nothing to gain from one statement.
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN priority SET DEFAULT 0;
ALTER TABLE orders DROP COLUMN legacy_code;
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
