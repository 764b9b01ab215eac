BEGIN;
ALTER TABLE orders ADD COLUMN status text;
UPDATE orders SET status = 'new';
UPDATE orders SET status = 'old' WHERE id < 10;
COMMIT;
