TRUNCATE TABLE order_items, orders;
TRUNCATE orders RESTRICT;
