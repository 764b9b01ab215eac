-- test: direction=down
ALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;
