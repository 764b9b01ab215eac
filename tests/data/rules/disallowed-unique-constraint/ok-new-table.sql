CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE (name);
ALTER TABLE tags ADD COLUMN slug text UNIQUE;
