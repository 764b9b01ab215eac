-- The catalogue API calls this field "title".
BEGIN;

ALTER TABLE products RENAME COLUMN name TO title;

COMMIT;
