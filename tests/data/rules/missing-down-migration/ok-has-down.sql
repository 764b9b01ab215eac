-- test: layout=dbmate
-- test: down=drop-drafts.down.sql
CREATE TABLE drafts (id bigint PRIMARY KEY);
