-- test: transaction=wrapped
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
ALTER TABLE users ADD COLUMN age int;
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);
ALTER TABLE "orders" ALTER COLUMN priority SET DEFAULT 0;
