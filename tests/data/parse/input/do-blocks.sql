-- squawk cannot see DDL inside DO blocks; these are all analysed.
DO $$
BEGIN
  ALTER TABLE orders ADD COLUMN note text;
  -- migreview:ignore renaming-column
  ALTER TABLE orders RENAME COLUMN note TO remark;
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_customer_fk') THEN
    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
  END IF;
  EXECUTE 'CREATE INDEX orders_remark_idx ON orders (remark)';
  EXECUTE 'ALTER TABLE orders ' || 'DROP COLUMN legacy';
  EXECUTE format('ALTER TABLE %I DROP COLUMN x', 'orders');
  EXECUTE 'DO $inner$ BEGIN UPDATE orders SET remark = ''''; END $inner$';
END
$$;
DO LANGUAGE plpgsql 'BEGIN UPDATE orders SET remark = ''none'' WHERE remark IS NULL; END';
DO $$
BEGIN
  CREATE TYPE order_state AS ENUM ('open', 'closed');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;
