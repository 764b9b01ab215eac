DO $$
BEGIN
  -- migreview:ignore renaming-column
  ALTER TABLE orders RENAME COLUMN note TO remark;
END
$$;
