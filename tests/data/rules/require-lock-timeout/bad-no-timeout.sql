ALTER TABLE orders ADD COLUMN note text;
CREATE INDEX orders_note_idx ON orders (note);
ALTER TABLE users ADD COLUMN nickname text;
