CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE orders ADD COLUMN shop_id bigint REFERENCES shops (id);
