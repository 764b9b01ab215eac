CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    country_code varchar(2) NOT NULL,
    name character varying,
    note text,
    tag "char"
);
ALTER TABLE accounts ALTER COLUMN region TYPE varchar(4);
