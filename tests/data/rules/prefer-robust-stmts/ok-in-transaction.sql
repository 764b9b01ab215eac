-- test: transaction=wrapped
CREATE TABLE audit_log (id bigint PRIMARY KEY);
ALTER TABLE orders ADD COLUMN note text;
DROP TABLE old_audit_log;
