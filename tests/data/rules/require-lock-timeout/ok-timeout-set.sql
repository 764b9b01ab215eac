-- test: transaction=wrapped
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
