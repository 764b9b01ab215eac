CREATE TABLE IF NOT EXISTS orders (id serial PRIMARY KEY, total numeric);
