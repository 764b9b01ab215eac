-- test: transaction=wrapped
CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now(), seen_at timestamp without time zone);
ALTER TABLE events ADD COLUMN processed_at timestamp(3);
ALTER TABLE events ALTER COLUMN seen_at TYPE timestamp(0);
