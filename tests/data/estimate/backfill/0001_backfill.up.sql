-- test data for tst_estimate: selectivities from pg_stats, transaction hold times, unknown tables.
UPDATE orders SET note = '' WHERE note IS NULL;
UPDATE orders SET status = 'archived' WHERE status = 'cancelled';
UPDATE orders SET channel = 'app' WHERE channel = 'kiosk';
UPDATE orders SET channel = lower(channel) WHERE id BETWEEN 1 AND 10000;
DELETE FROM orders WHERE status = 'returned' AND note IS NULL;
UPDATE orders SET note = NULL;
UPDATE orders SET note = 'old' WHERE length(note) > 10;
