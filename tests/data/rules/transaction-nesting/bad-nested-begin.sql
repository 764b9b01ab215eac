BEGIN;
ALTER TABLE orders ADD COLUMN note text;
BEGIN;
UPDATE orders SET note = '';
COMMIT;
