-- test: transaction=wrapped
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL CHECK (length(email) <= 320), name varchar);
ALTER TABLE users ALTER COLUMN name TYPE text;
