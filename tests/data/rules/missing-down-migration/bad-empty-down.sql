-- test: layout=diesel
-- test: down=empty-down.down.sql
CREATE TABLE drafts (id bigint PRIMARY KEY);
