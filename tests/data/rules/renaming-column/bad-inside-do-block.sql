DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note') THEN
    ALTER TABLE orders RENAME COLUMN note TO remark;
  END IF;
END
$$;
