-- test: direction=down
-- The up script moved created_at to timestamptz; its down puts the old type back as it was.
ALTER TABLE orders ALTER COLUMN created_at TYPE timestamp;
