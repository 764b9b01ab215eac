ALTER TABLE users ADD COLUMN email_new citext;
UPDATE users SET email_new = email WHERE id BETWEEN 1 AND 1000;
ALTER TABLE users DROP COLUMN email;
ALTER TABLE users RENAME COLUMN email_new TO email;
