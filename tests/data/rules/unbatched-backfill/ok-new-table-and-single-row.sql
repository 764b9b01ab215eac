CREATE TABLE settings (id int PRIMARY KEY, name text);
UPDATE settings SET name = 'x';
UPDATE site SET name = 'Lemmy' WHERE id = 1;
DELETE FROM users WHERE id IN (1, 2, 3);
