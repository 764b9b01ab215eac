-- test: transaction=wrapped
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(320) NOT NULL, name character varying(100));
ALTER TABLE users ADD COLUMN nickname varchar(40);
ALTER TABLE users ALTER COLUMN name TYPE varchar(200);
