-- Quantities must be positive.
SET lock_timeout = '5s';

BEGIN;

ALTER TABLE order_items
    ADD CONSTRAINT order_items_quantity_positive CHECK (quantity > 0) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE order_items VALIDATE CONSTRAINT order_items_quantity_positive;

COMMIT;
