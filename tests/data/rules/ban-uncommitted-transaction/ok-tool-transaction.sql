-- test: transaction=wrapped
ALTER TABLE orders ADD COLUMN note text;
