CREATE TABLE events (id bigint, kind text);
CREATE UNIQUE INDEX events_id_idx ON events (id);
