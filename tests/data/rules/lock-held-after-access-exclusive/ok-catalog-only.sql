-- test: transaction=wrapped
-- Each statement after the lock is catalog-only: the lock is held milliseconds longer.
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TABLE users ADD COLUMN age int;
COMMENT ON COLUMN orders.remark IS 'free text';
CREATE FUNCTION order_remark(o orders) RETURNS text LANGUAGE sql AS $$ SELECT o.remark $$;
