BEGIN;
CREATE TABLE audit_log (id bigint PRIMARY KEY);
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
