-- The migration before bad-drop-index-names-its-table.sql.
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
