CREATE TABLE IF NOT EXISTS countries (id smallserial PRIMARY KEY, code text);
