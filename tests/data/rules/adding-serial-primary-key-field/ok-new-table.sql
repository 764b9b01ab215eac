CREATE TABLE items (id bigint, sku text);
ALTER TABLE items ADD PRIMARY KEY (id);
ALTER TABLE items ADD COLUMN number serial;
