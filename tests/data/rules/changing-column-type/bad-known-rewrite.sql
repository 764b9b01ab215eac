CREATE TABLE orders (id integer PRIMARY KEY, code varchar(20), price numeric(10, 2), note text, tags varchar(10)[]);
INSERT INTO orders (id) VALUES (1);
ALTER TABLE orders ALTER COLUMN id TYPE bigint;
ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);
ALTER TABLE orders ALTER COLUMN price TYPE numeric(12, 3);
ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);
ALTER TABLE orders ALTER COLUMN tags TYPE varchar(20)[];
