-- test: previous=previous-create-tables.sql
-- order_items.order_id has no index that starts with it ((created_at, order_id) does not).
ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
