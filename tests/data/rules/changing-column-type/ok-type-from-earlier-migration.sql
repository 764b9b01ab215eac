-- test: previous=previous-create-customers.sql
-- An earlier migration made name varchar(50): widening it is free, with no rewrite.
ALTER TABLE customers ALTER COLUMN name TYPE varchar(200);
