-- test: transaction=wrapped
-- a user type that happens to be called serial, in another schema
CREATE TABLE parts (id bigint PRIMARY KEY, number inventory.serial);
