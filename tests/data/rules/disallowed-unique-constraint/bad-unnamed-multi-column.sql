ALTER TABLE order_items ADD UNIQUE (order_id, product_id);
