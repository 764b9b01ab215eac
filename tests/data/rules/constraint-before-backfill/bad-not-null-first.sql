ALTER TABLE orders ADD COLUMN status text;
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
UPDATE orders SET status = 'new';
