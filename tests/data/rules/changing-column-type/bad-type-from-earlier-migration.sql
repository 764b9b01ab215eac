-- test: previous=previous-create-customers.sql
-- An earlier migration made score integer: bigint is a rewrite, and the message can say so plainly.
ALTER TABLE customers ALTER COLUMN score TYPE bigint;
ALTER TABLE customers RENAME COLUMN name TO full_name;
ALTER TABLE customers ALTER COLUMN full_name TYPE varchar(20);
