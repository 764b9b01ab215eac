ALTER TABLE orders ADD COLUMN status text;
ALTER TABLE orders ADD COLUMN note text NULL;
