-- An enum value cannot be dropped: rebuild the type without 'refunded'.
BEGIN;

UPDATE orders SET status = 'delivered' WHERE status = 'refunded';

ALTER TYPE order_status RENAME TO order_status_old;

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');

ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders
    ALTER COLUMN status TYPE order_status USING status::text::order_status;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';

DROP TYPE order_status_old;

COMMIT;
