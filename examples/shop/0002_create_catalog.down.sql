BEGIN;

DROP TABLE coupons;
DROP TABLE inventory;
DROP TABLE products;

COMMIT;
