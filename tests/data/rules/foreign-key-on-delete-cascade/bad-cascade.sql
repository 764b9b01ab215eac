ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE comments ADD COLUMN post_id bigint REFERENCES posts (id) ON DELETE CASCADE;
