UPDATE orders SET status = 'archived' WHERE id BETWEEN 1 AND 10000;
UPDATE orders SET status = 'archived' WHERE id >= 10001 AND id < 20001 AND status = 'old';
UPDATE orders SET status = 'archived' WHERE id IN (SELECT id FROM orders WHERE status = 'old' LIMIT 1000);
UPDATE orders SET status = 'archived' WHERE id = ANY(ARRAY(SELECT id FROM orders WHERE status = 'old' LIMIT 1000));
WITH batch AS (SELECT id FROM orders WHERE status = 'old' LIMIT 1000)
DELETE FROM orders WHERE id IN (SELECT id FROM batch);
