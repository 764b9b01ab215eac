-- test: transaction=wrapped
CREATE TABLE payments (id bigint PRIMARY KEY, order_id integer NOT NULL, FOREIGN KEY (order_id) REFERENCES orders (id));
