-- test: previous=previous-check-not-valid.sql
-- A CHECK that was never validated proves nothing: the scan runs.
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
