CREATE INDEX CONCURRENTLY IF NOT EXISTS order_items_order_id_product_id_warehouse_id_created_at_status_idx
    ON order_items (order_id, product_id, warehouse_id, created_at, status);
