UPDATE orders SET status = 'archived';
UPDATE orders SET status = 'archived' WHERE status = 'old';
DELETE FROM audit_log WHERE kind = 'debug';
