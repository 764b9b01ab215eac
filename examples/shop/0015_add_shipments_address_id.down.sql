BEGIN;

ALTER TABLE shipments DROP COLUMN address_id;

COMMIT;
