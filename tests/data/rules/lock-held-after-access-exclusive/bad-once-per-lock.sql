-- One finding per lock: at the first slow statement after it, not at every one after.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
UPDATE invoices SET paid = true WHERE paid IS NULL;
UPDATE customers SET active = true WHERE active IS NULL;
ALTER TABLE shipments ADD COLUMN carrier text;
UPDATE invoices SET paid = false WHERE paid IS NULL;
SELECT count(*) FROM customers;
COMMIT;
