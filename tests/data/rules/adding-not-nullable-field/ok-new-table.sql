CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;
