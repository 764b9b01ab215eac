CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp);
INSERT INTO events (id) VALUES (1);
ALTER TABLE events ALTER COLUMN happened_at TYPE timestamptz;
