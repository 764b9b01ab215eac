BEGIN;
ALTER TABLE orders ADD COLUMN note text;
CREATE INDEX orders_created_at_idx ON orders (created_at);
COMMIT;
SELECT 1;
