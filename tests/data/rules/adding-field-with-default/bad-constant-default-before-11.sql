-- test: pg-version=10
ALTER TABLE orders ADD COLUMN archived boolean DEFAULT false;
