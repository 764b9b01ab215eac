CREATE TABLE tc (id int);
/* never closed
SELECT 1;
