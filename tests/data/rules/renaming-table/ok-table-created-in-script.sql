-- test: transaction=wrapped
CREATE TABLE tmp_users (id bigint PRIMARY KEY);
ALTER TABLE tmp_users RENAME TO staged_users;
