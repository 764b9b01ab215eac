BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
BEGIN;
UPDATE orders SET note = '';
COMMIT;
