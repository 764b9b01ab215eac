-- test: transaction=wrapped
CREATE TABLE orders (id bigserial PRIMARY KEY);
ALTER TABLE orders ADD COLUMN number serial4;
