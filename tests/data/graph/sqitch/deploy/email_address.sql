BEGIN;
ALTER TABLE users ADD COLUMN email_address text;
UPDATE users SET email_address = email;
ALTER TABLE users DROP COLUMN email;
COMMIT;
