-- Step 1 of 3 of replacing users.full_name by users.display_name.
-- From this release on the application writes both columns.
SET lock_timeout = '5s';

BEGIN;

ALTER TABLE users ADD COLUMN display_name text;

COMMIT;
