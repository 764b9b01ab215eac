-- test: transaction=wrapped
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
CREATE INDEX orders_total_idx ON orders (total);
