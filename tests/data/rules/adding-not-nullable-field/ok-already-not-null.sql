-- test: previous=previous-create-accounts.sql
-- email is NOT NULL since the table was created: SET NOT NULL does nothing.
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
