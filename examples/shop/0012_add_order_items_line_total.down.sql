BEGIN;

ALTER TABLE order_items DROP COLUMN line_total_cents;

COMMIT;
