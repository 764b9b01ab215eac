-- test: pg-version=11
CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp);
INSERT INTO events (id) VALUES (1);
SET TIME ZONE 'UTC';
ALTER TABLE events ALTER COLUMN happened_at TYPE timestamptz;
