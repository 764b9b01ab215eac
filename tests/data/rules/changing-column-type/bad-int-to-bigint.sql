ALTER TABLE orders ALTER COLUMN amount TYPE bigint;
