CREATE TABLE events (id bigint PRIMARY KEY, payload json NOT NULL);
ALTER TABLE events ADD COLUMN meta json, ADD COLUMN extra pg_catalog.json[];
ALTER TABLE events ALTER COLUMN payload TYPE json;
