ALTER DOMAIN app.positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0) NOT VALID;
