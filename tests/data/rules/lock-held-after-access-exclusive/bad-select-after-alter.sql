-- A SELECT that reads the locked table in full keeps the lock held while it runs.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
SELECT count(*) FROM orders;
COMMIT;
