-- Remember which coupon was applied to an order.
SET lock_timeout = '5s';

BEGIN;

ALTER TABLE orders ADD COLUMN coupon_id integer;

ALTER TABLE orders
    ADD CONSTRAINT orders_coupon_id_fkey
    FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;

COMMIT;
