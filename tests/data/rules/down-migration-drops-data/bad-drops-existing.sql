-- test: layout=golang-migrate
-- test: down=bad-drops-existing.down.sql
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders DROP COLUMN legacy;
