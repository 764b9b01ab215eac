CREATE TABLE orders (id bigint PRIMARY KEY, shipped_at timestamptz NOT NULL);
ALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;
