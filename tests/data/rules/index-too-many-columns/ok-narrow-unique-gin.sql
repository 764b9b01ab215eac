CREATE INDEX CONCURRENTLY orders_user_status_idx ON orders (user_id, status, created_at) INCLUDE (total, note);
CREATE UNIQUE INDEX CONCURRENTLY orders_natural_key ON orders (shop_id, region, year, number);
CREATE INDEX CONCURRENTLY docs_search_idx ON docs USING gin (a, b, c, d);
