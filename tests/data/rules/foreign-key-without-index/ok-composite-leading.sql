-- test: previous=previous-create-tables.sql
-- The index (created_at, order_id) starts with both columns of the key, in another order.
ALTER TABLE order_items ADD CONSTRAINT order_items_order_time_fk FOREIGN KEY (order_id, created_at) REFERENCES order_events (order_id, at) NOT VALID;
