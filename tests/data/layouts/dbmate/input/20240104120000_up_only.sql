-- migrate:up
SELECT 4;
