-- DROP truncates the long name just as CREATE did, so it drops the right index.
DROP INDEX IF EXISTS order_items_order_id_product_id_warehouse_id_created_at_status_idx;
