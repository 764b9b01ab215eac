CREATE TABLE orders (id integer PRIMARY KEY, amount integer);
ALTER TABLE orders ALTER COLUMN amount TYPE bigint;
