CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE INDEX CONCURRENTLY users_email ON users (email);
