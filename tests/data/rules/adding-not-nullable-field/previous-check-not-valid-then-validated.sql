-- An earlier migration proves orders.user_id has no nulls with a validated CHECK.
ALTER TABLE orders ADD CONSTRAINT orders_user_id_not_null CHECK (user_id IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_not_null;
