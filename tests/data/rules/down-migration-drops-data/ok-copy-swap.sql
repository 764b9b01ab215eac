-- test: layout=diesel
-- test: down=ok-copy-swap.down.sql
ALTER TABLE votes DROP COLUMN reason;
