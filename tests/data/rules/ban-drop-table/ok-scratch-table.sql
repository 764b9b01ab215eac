CREATE TABLE import_scratch (id bigint);
INSERT INTO import_scratch SELECT id FROM orders;
DROP TABLE import_scratch;
DROP VIEW IF EXISTS order_totals;
DROP INDEX orders_user_id_idx;
