-- test: transaction=wrapped
CREATE TABLE drafts (id bigint PRIMARY KEY, title text);
CREATE INDEX drafts_title_idx ON drafts (title);
ALTER TABLE drafts ADD COLUMN body text;
UPDATE orders SET note = '' WHERE note IS NULL;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
