CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
INSERT INTO orders (id, user_id) VALUES (1, 1);
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
