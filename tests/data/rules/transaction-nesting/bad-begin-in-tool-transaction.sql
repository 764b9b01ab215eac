-- test: transaction=wrapped
-- test: layout=diesel
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
