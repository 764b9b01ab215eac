CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    country_code char(2) NOT NULL,
    flag character,
    kind CHARACTER(10)
);
