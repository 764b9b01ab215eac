-- test: previous=previous-check-not-valid-then-validated.sql
-- The CHECK validated by an earlier migration lets PostgreSQL 12+ skip the scan.
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
