-- test: layout=golang-migrate
-- No migration of the repository has a down script: forward-only by design, nothing to ask for.
ALTER TABLE orders ADD COLUMN note text;
