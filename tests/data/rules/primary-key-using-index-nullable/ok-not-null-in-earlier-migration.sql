-- test: previous=previous-create-events.sql
-- An earlier migration made events.id NOT NULL and built the index: no implicit scan.
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;
