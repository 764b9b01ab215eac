-- test: transaction=wrapped
DELETE FROM sessions WHERE expired;
CREATE INDEX sessions_user_idx ON sessions (user_id);
