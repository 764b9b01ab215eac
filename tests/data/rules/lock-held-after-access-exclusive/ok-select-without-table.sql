-- SELECT without a table (setval, a constant) takes no time.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
SELECT setval('orders_id_seq', 1000);
COMMIT;
