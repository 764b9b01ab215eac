-- test: layout=golang-migrate
-- test: forward-only=true
-- test: down=ok-forward-only-configured.down.sql
-- forward_only = true in .migreview.toml: an empty down is not asked to do anything either.
ALTER TABLE orders ADD COLUMN note text;
