-- test: transaction=wrapped
DROP INDEX CONCURRENTLY orders_user_id_idx;
