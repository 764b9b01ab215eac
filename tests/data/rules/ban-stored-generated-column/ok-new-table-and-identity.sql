CREATE TABLE lines (price numeric, quantity int, total numeric GENERATED ALWAYS AS (price * quantity) STORED);
CREATE TABLE carts (id int);
ALTER TABLE carts ADD COLUMN total numeric GENERATED ALWAYS AS (id * 2) STORED;
ALTER TABLE orders ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE orders ADD COLUMN total numeric;
