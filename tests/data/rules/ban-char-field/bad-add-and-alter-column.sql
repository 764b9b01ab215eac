ALTER TABLE accounts ADD COLUMN currency char(3);
ALTER TABLE accounts ALTER COLUMN region TYPE bpchar(4);
