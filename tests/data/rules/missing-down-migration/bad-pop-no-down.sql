-- test: layout=pop
-- test: forward-only=false
-- pop's soda migrate down stops at a version without its down file.
ALTER TABLE users ADD COLUMN note text;
