DROP TABLE IF EXISTS app.legacy_orders, legacy_items CASCADE;
