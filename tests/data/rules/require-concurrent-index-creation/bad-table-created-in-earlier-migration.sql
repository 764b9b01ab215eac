-- test: previous=previous-create-events.sql
-- an earlier migration created the table; by the time this one is deployed it holds rows
CREATE INDEX events_kind_idx ON events (kind);
