UPDATE orders SET amount = amount * 100;
UPDATE users SET name = name || ' (old)' WHERE created_at < '2020-01-01';
UPDATE posts SET tags = array_append(tags, 'legacy');
UPDATE orders AS o SET total = o.total + 1 WHERE o.id BETWEEN 1 AND 1000;
