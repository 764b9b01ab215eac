-- test: transaction=single-query
-- one multi-statement query that manages its own transaction: no implicit one around it
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
