-- A function body runs when the function is called, not when the migration runs.
CREATE FUNCTION rename_later() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE orders RENAME COLUMN note TO remark;
END
$$;
