ALTER TABLE orders ADD CONSTRAINT orders_region_present CHECK (region IS NOT NULL);
UPDATE orders SET region = 'eu' WHERE region IS NULL;
