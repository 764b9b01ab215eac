ALTER TABLE users ADD COLUMN email_address text;
UPDATE users SET email_address = email WHERE id BETWEEN 1 AND 1000;
ALTER TABLE orders DROP COLUMN legacy;
CREATE TABLE drafts (id int, body text);
ALTER TABLE drafts DROP COLUMN body;
ALTER TABLE drafts ADD COLUMN body jsonb;
