-- test: pg-version=11
-- CONCURRENTLY does not exist before PostgreSQL 12
REINDEX INDEX orders_user_id_idx;
