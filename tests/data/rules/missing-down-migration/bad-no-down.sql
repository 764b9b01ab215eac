-- test: layout=golang-migrate
-- test: forward-only=false
ALTER TABLE orders ADD COLUMN note text;
