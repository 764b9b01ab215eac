-- test: direction=down
-- The up script dropped the table; its down re-creates it as the earlier migrations had it.
CREATE TABLE legacy_orders (id serial PRIMARY KEY, customer_id integer REFERENCES customers (id));
