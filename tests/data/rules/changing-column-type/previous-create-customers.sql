-- The migration before ok-type-from-earlier-migration.sql and bad-type-from-earlier-migration.sql.
CREATE TABLE customers (id bigint PRIMARY KEY, name varchar(50), score integer);
