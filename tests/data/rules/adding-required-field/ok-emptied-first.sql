DELETE FROM password_reset_request;
ALTER TABLE password_reset_request ADD COLUMN local_user_id integer NOT NULL;
TRUNCATE sessions;
ALTER TABLE sessions ADD COLUMN token text NOT NULL;
