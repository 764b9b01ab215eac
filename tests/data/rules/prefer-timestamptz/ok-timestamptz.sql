-- test: transaction=wrapped
CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), seen_at timestamp with time zone, day date);
ALTER TABLE events ALTER COLUMN seen_at TYPE timestamptz;
