CREATE TABLE audit_log (id bigint PRIMARY KEY);
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders DROP COLUMN legacy, DROP CONSTRAINT orders_legacy_check;
DROP TABLE old_audit_log;
CREATE INDEX orders_note_idx ON orders (note);
