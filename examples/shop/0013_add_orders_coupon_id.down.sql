SET lock_timeout = '5s';

BEGIN;

ALTER TABLE orders DROP CONSTRAINT orders_coupon_id_fkey;
ALTER TABLE orders DROP COLUMN coupon_id;

COMMIT;
