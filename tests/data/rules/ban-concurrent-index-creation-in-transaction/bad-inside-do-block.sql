-- A DO block is a function: PostgreSQL refuses CONCURRENTLY there even outside a transaction.
DO $$
BEGIN
  CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);
END
$$;
