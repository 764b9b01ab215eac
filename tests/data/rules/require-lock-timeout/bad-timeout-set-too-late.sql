-- test: transaction=wrapped
ALTER TABLE orders ADD COLUMN note text;
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN nickname text;
