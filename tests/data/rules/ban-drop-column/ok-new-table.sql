CREATE TABLE orders (id bigint PRIMARY KEY, scratch text);
ALTER TABLE orders DROP COLUMN scratch;
