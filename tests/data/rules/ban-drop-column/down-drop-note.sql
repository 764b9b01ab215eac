-- test: direction=down
ALTER TABLE orders DROP COLUMN note;
