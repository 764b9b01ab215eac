-- test: transaction=wrapped
SET lock_timeout = 0;
ALTER TABLE orders RENAME COLUMN note TO remark;
