-- test: direction=down
-- Restoring the serial column the up script replaced with an identity column.
ALTER TABLE orders ADD COLUMN legacy_id serial;
