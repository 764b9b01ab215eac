CREATE TABLE items (id bigint, order_id bigint REFERENCES carts (id));
CREATE TABLE carts (id bigint PRIMARY KEY);
