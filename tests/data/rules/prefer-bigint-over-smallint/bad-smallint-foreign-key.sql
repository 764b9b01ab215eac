-- test: transaction=wrapped
CREATE TABLE regions (id smallint PRIMARY KEY, country_id smallint REFERENCES countries (id));
