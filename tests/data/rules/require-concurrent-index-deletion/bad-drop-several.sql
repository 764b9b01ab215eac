-- test: transaction=wrapped
DROP INDEX IF EXISTS public.orders_user_id_idx, orders_created_at_idx;
