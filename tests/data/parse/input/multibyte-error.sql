INSERT INTO t (name) VALUES ('Grüße 😀');
SELECT 'é' AS x, 1 AS y;
SELECT * FROM nowhere WHERE é = 1 AND;
