ALTER TABLE votes ADD COLUMN reason text, ADD COLUMN kind_new smallint;
UPDATE votes SET kind_new = kind;
ALTER TABLE votes DROP COLUMN kind;
ALTER TABLE votes RENAME COLUMN kind_new TO kind;
