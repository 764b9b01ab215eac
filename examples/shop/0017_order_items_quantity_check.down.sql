SET lock_timeout = '5s';

BEGIN;

ALTER TABLE order_items DROP CONSTRAINT order_items_quantity_positive;

COMMIT;
