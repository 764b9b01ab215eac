-- Put the constraint back in its unvalidated state.
SET lock_timeout = '5s';

BEGIN;

ALTER TABLE orders DROP CONSTRAINT orders_coupon_id_fkey;

ALTER TABLE orders
    ADD CONSTRAINT orders_coupon_id_fkey
    FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;

COMMIT;
