-- test: transaction=single-query
-- One query with BEGIN ... COMMIT: the block takes in the statements before it (PostgreSQL 17).
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
