CREATE TABLE events (id bigint NOT NULL, kind text);
CREATE UNIQUE INDEX events_id_idx ON events (id);
