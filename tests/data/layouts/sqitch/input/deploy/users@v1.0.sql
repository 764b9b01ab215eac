BEGIN;
CREATE TABLE flipr.users (nickname text);
COMMIT;
