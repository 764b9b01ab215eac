ALTER TABLE orders ADD COLUMN note text;
-- test: down=down-drop-note.sql
