ALTER TABLE users ADD CONSTRAINT users_email_address_not_null CHECK (email_address IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_address_not_null;
ALTER TABLE users ALTER COLUMN email_address SET NOT NULL;
