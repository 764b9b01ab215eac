CREATE TABLE reports (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
