-- test: transaction=single-query
-- test: layout=diesel
-- Diesel with run_in_transaction = false still sends up.sql as one query: two CONCURRENTLY fail.
CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
