-- test: transaction=wrapped
CREATE TABLE drafts (id int, body text);
ALTER TABLE drafts ADD COLUMN title text;
UPDATE drafts SET title = '';
