-- test: transaction=wrapped
CREATE TABLE ratings (id bigint PRIMARY KEY, stars smallint NOT NULL, country_id bigint REFERENCES countries (id));
