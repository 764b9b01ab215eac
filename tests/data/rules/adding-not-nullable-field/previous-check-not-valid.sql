-- An earlier migration adds the CHECK NOT VALID and never validates it.
ALTER TABLE orders ADD CONSTRAINT orders_user_id_not_null CHECK (user_id IS NOT NULL) NOT VALID;
