ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
