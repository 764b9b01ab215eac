-- Ship to the address chosen at checkout, copied from the order.
BEGIN;

ALTER TABLE shipments ADD COLUMN address_id bigint;

ALTER TABLE shipments
    ADD CONSTRAINT shipments_address_id_fkey
    FOREIGN KEY (address_id) REFERENCES addresses (id);

UPDATE shipments AS s
   SET address_id = o.shipping_address_id
  FROM orders AS o
 WHERE o.id = s.order_id;

COMMIT;
