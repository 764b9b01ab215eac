CREATE TABLE orders (id bigint PRIMARY KEY, code varchar(20));
INSERT INTO orders (id) VALUES (1);
ALTER TABLE orders ALTER COLUMN code TYPE text USING lower(code);
