ALTER TABLE orders ADD CONSTRAINT orders_user_id_not_null CHECK (user_id IS NOT NULL);
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
