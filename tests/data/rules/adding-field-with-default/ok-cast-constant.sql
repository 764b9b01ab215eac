ALTER TABLE orders ADD COLUMN status text DEFAULT 'new'::text;
