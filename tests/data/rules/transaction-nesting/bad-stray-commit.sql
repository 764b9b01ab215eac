-- COMMIT with no BEGIN: the statements before it have committed one by one already.
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE id BETWEEN 1 AND 1000;
COMMIT;
