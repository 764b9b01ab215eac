ALTER TABLE orders ADD COLUMN archived boolean NOT NULL DEFAULT true;
