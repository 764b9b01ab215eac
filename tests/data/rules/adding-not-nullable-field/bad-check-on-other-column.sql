ALTER TABLE orders ADD CONSTRAINT orders_shop_id_not_null CHECK (shop_id IS NOT NULL);
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
