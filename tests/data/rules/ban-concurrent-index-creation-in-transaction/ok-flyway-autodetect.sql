-- test: transaction=auto
-- Flyway runs this file outside a transaction because of CONCURRENTLY
CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);
