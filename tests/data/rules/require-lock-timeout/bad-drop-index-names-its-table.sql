-- test: previous=previous-create-orders-note-index.sql
-- An earlier migration created the index on orders: dropping it locks orders, and the finding says so.
DROP INDEX orders_note_idx;
