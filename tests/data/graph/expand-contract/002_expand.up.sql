ALTER TABLE users ADD COLUMN email_address text;
