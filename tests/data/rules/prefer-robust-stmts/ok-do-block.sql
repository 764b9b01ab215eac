-- A DO block succeeds or fails as a whole, and the IF guards the constraint.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_user_fk') THEN
    ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
  END IF;
END
$$;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
