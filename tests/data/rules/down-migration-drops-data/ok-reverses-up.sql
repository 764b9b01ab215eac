-- test: layout=golang-migrate
-- test: down=ok-reverses-up.down.sql
CREATE TABLE drafts (id bigint PRIMARY KEY);
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE users RENAME COLUMN name TO full_name;
