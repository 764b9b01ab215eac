-- test: transaction=wrapped
SET statement_timeout = '5min';
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
