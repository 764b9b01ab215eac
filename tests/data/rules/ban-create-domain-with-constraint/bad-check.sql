CREATE DOMAIN positive_amount AS numeric(15, 5) CHECK (VALUE > 0);
