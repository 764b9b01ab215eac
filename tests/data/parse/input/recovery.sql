CREATE TABLE first (id bigint);
CREATE TABEL second (id bigint);
ALTER TABLE first ADD COLUMN note text;
ALTER TABLE first ADD CONSTRAINT first_note_not_null NOT NULL note;
CREATE INDEX CONCURRENTLY first_note_idx ON first (note);
