-- test: transaction=wrapped
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE users ADD COLUMN age int;
ALTER TABLE orders ADD COLUMN priority int;
ALTER TABLE "orders" ALTER COLUMN priority SET DEFAULT 0;
