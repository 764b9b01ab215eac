-- test: layout=flyway
ALTER TABLE orders ADD COLUMN note text;
