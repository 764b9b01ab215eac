-- test: layout=golang-migrate
ALTER TABLE orders ADD COLUMN note text;
