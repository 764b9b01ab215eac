UPDATE orders SET shipped_at = now() WHERE status = 'shipped';
UPDATE orders SET shipped_at = CURRENT_TIMESTAMP, priority = random() * 10 WHERE id BETWEEN 1 AND 1000;
UPDATE users SET created = clock_timestamp() - interval '1 day';
