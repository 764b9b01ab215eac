-- products_sku_key already serves lookups by SKU.
DROP INDEX CONCURRENTLY IF EXISTS products_sku_idx;
