-- test: transaction=wrapped
-- One scan and a catalog-only action: combining saves no pass over the table.
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
ALTER TABLE orders ADD COLUMN note text;
