-- The repository's own generator of identifiers (volatile, it calls random()) is its author's choice.
CREATE FUNCTION generate_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
UPDATE orders SET code = generate_code() WHERE code IS NULL AND id BETWEEN 1 AND 10000;
