ALTER TYPE order_status ADD VALUE 'refunded';
ALTER TYPE public.order_status ADD VALUE IF NOT EXISTS 'paused';
