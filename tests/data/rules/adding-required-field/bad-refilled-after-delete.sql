DELETE FROM sessions WHERE expired;
ALTER TABLE sessions ADD COLUMN token text NOT NULL;
TRUNCATE tokens;
INSERT INTO tokens SELECT * FROM old_tokens;
ALTER TABLE tokens ADD COLUMN owner_id bigint NOT NULL;
