CREATE TABLE orders (id bigint PRIMARY KEY, code varchar(20), name varchar(50), price numeric(10, 2), note text, ip cidr, amount numeric(8, 2));
INSERT INTO orders (id) VALUES (1);
ALTER TABLE orders ALTER COLUMN code TYPE varchar(40);
ALTER TABLE orders ALTER COLUMN name TYPE text;
ALTER TABLE orders ALTER COLUMN price TYPE numeric(14, 2);
ALTER TABLE orders ALTER COLUMN amount TYPE numeric;
ALTER TABLE orders ALTER COLUMN note TYPE varchar;
ALTER TABLE orders ALTER COLUMN ip TYPE inet;
ALTER TABLE orders ALTER COLUMN code TYPE varchar(60) USING code::varchar(60);
