CREATE TABLE cafÃ (id int);
SELECT 'ÿþ';
