-- test: transaction=wrapped
ALTER TABLE users RENAME CONSTRAINT users_email_check TO users_email_format_check;
ALTER INDEX users_email_idx RENAME TO users_email_lower_idx;
