UPDATE orders SET shipped_at = created_at WHERE status = 'shipped';
UPDATE orders SET token = gen_random_uuid() WHERE token IS NULL;
UPDATE orders SET updated_at = now() WHERE status = 'shipped';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET x = now(); RETURN NEW; END $$;
CREATE TABLE fresh (id int, at timestamptz);
UPDATE fresh SET at = now();
