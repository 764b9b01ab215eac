ALTER TABLE post ALTER COLUMN published TYPE timestamptz USING published;
