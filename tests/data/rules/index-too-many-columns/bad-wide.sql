CREATE INDEX CONCURRENTLY orders_wide_idx ON orders (user_id, status, created_at, total);
