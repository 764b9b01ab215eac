-- test: transaction=wrapped
CREATE TABLE drafts (id bigint);
ALTER TABLE drafts ADD COLUMN body text;
CREATE INDEX drafts_body_idx ON drafts (body);
