BEGIN;
ALTER TABLE users ADD COLUMN email text;
UPDATE users SET email = email_address;
ALTER TABLE users DROP COLUMN email_address;
COMMIT;
