-- Record which storefront (web, ios, android, marketplace) placed each order.
BEGIN;

ALTER TABLE orders ADD COLUMN channel text NOT NULL;

COMMIT;
