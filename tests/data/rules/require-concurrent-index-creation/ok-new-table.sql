-- an index on a table created earlier in the same file has nothing to block
CREATE TABLE events (id bigint PRIMARY KEY, kind text);
CREATE INDEX events_kind_idx ON events (kind);
