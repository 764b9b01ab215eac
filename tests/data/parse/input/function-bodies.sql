CREATE OR REPLACE FUNCTION archive_orders(cutoff timestamptz) RETURNS void
LANGUAGE plpgsql AS $body$
DECLARE
  moved int;
BEGIN
  INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < cutoff;
  DELETE FROM orders WHERE created_at < cutoff;
  GET DIAGNOSTICS moved = ROW_COUNT;
  RAISE NOTICE 'moved %', moved;
END
$body$;
CREATE FUNCTION order_total(order_id bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT sum(price * quantity) FROM order_items WHERE order_items.order_id = order_total.order_id
$$;
CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql IMMUTABLE RETURN i + 1;
CREATE FUNCTION c_function() RETURNS void LANGUAGE c AS 'libfoo', 'foo';
