BEGIN;

DROP TRIGGER payments_audit ON payments;
DROP TRIGGER orders_audit ON orders;
DROP FUNCTION audit_row_change();
DROP TABLE audit_log;

COMMIT;
