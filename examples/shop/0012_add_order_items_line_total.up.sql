-- Store the line total so invoices no longer recompute it.
BEGIN;

ALTER TABLE order_items ADD COLUMN line_total_cents bigint;

UPDATE order_items SET line_total_cents = quantity * unit_price_cents;

COMMIT;
