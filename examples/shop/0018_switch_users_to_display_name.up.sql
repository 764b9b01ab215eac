-- Step 3 of 3 of replacing users.full_name by users.display_name:
-- display_name becomes mandatory and full_name goes away.
-- The application has stopped reading full_name since the previous release.
SET lock_timeout = '5s';

BEGIN;

ALTER TABLE users
    ADD CONSTRAINT users_display_name_present CHECK (display_name IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE users VALIDATE CONSTRAINT users_display_name_present;

COMMIT;

BEGIN;

ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_display_name_present;
ALTER TABLE users DROP COLUMN full_name;

COMMIT;
