-- test: transaction=wrapped
ALTER TABLE users RENAME COLUMN email TO email_address;
