-- Functions the repository created: one declared IMMUTABLE, one left at the default (VOLATILE).
CREATE FUNCTION order_code_prefix() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'ORD' $$;
CREATE FUNCTION next_order_code() RETURNS text LANGUAGE sql AS $$ SELECT 'ORD-' || nextval('order_codes') $$;
