CREATE DOMAIN app.email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
