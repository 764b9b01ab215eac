-- test: transaction=wrapped
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TABLE users ADD COLUMN age int;
