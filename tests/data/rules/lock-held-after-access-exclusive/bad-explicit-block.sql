BEGIN;
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '';
CREATE INDEX orders_note_idx ON orders (note);
COMMIT;
SELECT 1;
