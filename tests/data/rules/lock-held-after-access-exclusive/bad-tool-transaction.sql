-- test: transaction=wrapped
ALTER TABLE orders RENAME COLUMN note TO remark;
UPDATE users SET age = 0 WHERE age IS NULL;
