CREATE FUNCTION broken_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDTE orders SET total = 0;
  RETURN NEW;
END
$$;
CREATE FUNCTION broken_sql() RETURNS int LANGUAGE sql AS $$ SELEC 1 $$;
DO $$ BEGIN EXECUTE 'ALTER TABEL orders ADD COLUMN x int'; END $$;
SELECT 1;
