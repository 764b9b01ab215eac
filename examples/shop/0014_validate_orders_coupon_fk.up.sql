-- Check the existing orders against the coupon foreign key added in 0013.
SET lock_timeout = '5s';

ALTER TABLE orders VALIDATE CONSTRAINT orders_coupon_id_fkey;
