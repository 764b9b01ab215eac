CREATE TABLE events (id bigint PRIMARY KEY, kind text);
INSERT INTO events SELECT g, 'x' FROM generate_series(1, 1000000) g;
CREATE INDEX events_kind_idx ON events (kind);
