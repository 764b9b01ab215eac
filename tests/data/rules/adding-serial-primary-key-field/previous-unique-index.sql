CREATE UNIQUE INDEX CONCURRENTLY items_pkey_idx ON items (id);
