-- Wholesale payments exceed the integer range.
BEGIN;

ALTER TABLE payments ALTER COLUMN amount_cents TYPE bigint;

COMMIT;
