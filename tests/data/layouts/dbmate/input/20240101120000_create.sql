-- a leading comment
-- migrate:up
CREATE TABLE a (id int);

-- migrate:down
DROP TABLE a;
