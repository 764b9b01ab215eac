-- test: transaction=wrapped
SAVEPOINT before_note;
ALTER TABLE orders ADD COLUMN note text;
RELEASE SAVEPOINT before_note;
