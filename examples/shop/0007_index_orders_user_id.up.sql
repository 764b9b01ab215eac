-- Speed up the order history on the account page.
BEGIN;

CREATE INDEX orders_user_id_idx ON orders (user_id);

COMMIT;
