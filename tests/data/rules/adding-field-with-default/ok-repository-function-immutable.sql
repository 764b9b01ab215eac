-- test: previous=previous-create-functions.sql
-- order_code_prefix() was created IMMUTABLE: the default is evaluated once, no rewrite.
ALTER TABLE orders ADD COLUMN code_prefix text DEFAULT order_code_prefix();
