SET lock_timeout = '5s';

BEGIN;

ALTER TABLE users DROP COLUMN display_name;

COMMIT;
