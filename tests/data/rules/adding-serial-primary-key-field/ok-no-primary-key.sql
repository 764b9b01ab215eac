ALTER TABLE items ADD COLUMN id bigint;
ALTER TABLE items ADD CONSTRAINT items_sku_key UNIQUE (sku);
