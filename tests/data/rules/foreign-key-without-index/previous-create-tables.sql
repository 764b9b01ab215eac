CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint, product_id bigint, created_at timestamptz);
CREATE INDEX order_items_product_id_recent_idx ON order_items (product_id) WHERE created_at > '2024-01-01';
CREATE INDEX order_items_created_at_order_id_idx ON order_items (created_at, order_id);
