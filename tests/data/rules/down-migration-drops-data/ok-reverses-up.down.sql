ALTER TABLE users RENAME COLUMN full_name TO name;
ALTER TABLE orders DROP COLUMN note;
DROP TABLE drafts;
CREATE TABLE tmp (id int);
DROP TABLE tmp;
