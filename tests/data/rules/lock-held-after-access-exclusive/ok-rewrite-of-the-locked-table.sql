-- test: transaction=wrapped
-- The rewrite takes ACCESS EXCLUSIVE on orders itself: the earlier lock adds nothing (changing-column-type reports the rewrite).
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN amount TYPE bigint;
