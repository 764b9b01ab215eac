SET lock_timeout = '5s';

BEGIN;

ALTER TABLE users ADD COLUMN full_name text;

UPDATE users SET full_name = display_name;

ALTER TABLE users ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE users ALTER COLUMN display_name DROP NOT NULL;

COMMIT;
