SET timezone TO utc;
ALTER TABLE post ALTER COLUMN published TYPE timestamptz USING published;
