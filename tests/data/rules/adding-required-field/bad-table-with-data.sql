CREATE TABLE orders (id bigint PRIMARY KEY);
INSERT INTO orders (id) VALUES (1);
ALTER TABLE orders ADD COLUMN status text NOT NULL;
