BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
ALTER TABLE orders ADD COLUMN remark text;
UPDATE orders SET remark = '' WHERE id < 1000;
