SELECT 1;
CREATE TABEL users (id int);
