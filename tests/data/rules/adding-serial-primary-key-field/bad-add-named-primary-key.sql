ALTER TABLE items ADD CONSTRAINT items_pk PRIMARY KEY (shop_id, sku);
