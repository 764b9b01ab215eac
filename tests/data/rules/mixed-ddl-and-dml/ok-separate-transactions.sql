BEGIN;
ALTER TABLE orders ADD COLUMN status text;
COMMIT;
UPDATE orders SET status = 'new' WHERE id < 1000;
BEGIN;
ALTER TABLE users ADD COLUMN age int;
INSERT INTO users (id, age) VALUES (1, 2);
UPDATE orders SET status = 'x' WHERE id < 10;
COMMIT;
