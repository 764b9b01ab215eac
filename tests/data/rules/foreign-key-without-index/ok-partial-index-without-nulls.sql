-- test: previous=previous-create-tables.sql
-- A partial index WHERE order_id IS NOT NULL serves the lookups (order_id = $1 implies it): PostgreSQL 17
-- plans the foreign key's check with it.
CREATE INDEX CONCURRENTLY order_items_order_id_idx ON order_items (order_id) WHERE order_id IS NOT NULL;
ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
