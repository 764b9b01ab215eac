CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);
ALTER TABLE events ADD COLUMN meta jsonb;
SELECT '{}'::json;
