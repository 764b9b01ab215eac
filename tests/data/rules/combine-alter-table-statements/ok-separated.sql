-- test: transaction=wrapped
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE id < 100;
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
ALTER TABLE orders VALIDATE CONSTRAINT orders_note_check;
CREATE TABLE drafts (id bigint);
ALTER TABLE drafts ADD COLUMN body text;
ALTER TABLE drafts ADD COLUMN title text;
