-- test: previous=previous-create-events-nullable.sql
-- The index comes from an earlier migration, and its column may hold nulls.
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;
