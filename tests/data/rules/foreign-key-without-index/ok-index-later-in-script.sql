-- test: previous=previous-create-tables.sql
-- The index follows the foreign key in the same script.
ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
CREATE INDEX CONCURRENTLY order_items_order_id_idx ON order_items (order_id, id);
