-- test: transaction=single-query
-- After the COMMIT of one multi-statement query the rest is a new implicit transaction:
-- PostgreSQL 17 refuses the CONCURRENTLY there too.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
