-- test: previous=previous-create-functions.sql
-- next_order_code() was created without IMMUTABLE or STABLE: it is volatile, and the table is rewritten.
ALTER TABLE orders ADD COLUMN code text DEFAULT next_order_code();
