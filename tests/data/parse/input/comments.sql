-- leading comment
/* block
   comment */
ALTER TABLE users ADD COLUMN name text; -- trailing
/* outer /* nested */ still */ SELECT 1;
