-- SET LOCAL lasts until the end of its transaction block: the second ALTER runs without it.
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN a text;
COMMIT;
ALTER TABLE orders ADD COLUMN b text;
